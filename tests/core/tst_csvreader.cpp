#include "data/CsvReader.h"

#include <QtTest/QtTest>

using namespace almanac;

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    static std::vector<std::vector<std::string>> readAll(const std::string& text, Status* error = nullptr)
    {
        std::vector<std::vector<std::string>> rows;
        auto reader = CsvReader::fromString(text, "test.csv");
        if (!reader.isOk()) {
            if (error) *error = reader.status();
            return rows;
        }
        CsvRecord record;
        bool has = false;
        while (true) {
            Status s = (*reader)->next(record, has);
            if (!s.isOk()) {
                if (error) *error = s;
                break;
            }
            if (!has) break;
            rows.emplace_back(record.fields.begin(), record.fields.end());
        }
        return rows;
    }

private slots:
    void dialects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("secondRowJoined");

        QTest::newRow("comma LF") << QByteArray("a,b,c\n1,2,3\n") << ',' << false << "1|2|3";
        QTest::newRow("BOM CRLF") << QByteArray("\xEF\xBB\xBF" "a,b,c\r\n1,2,3\r\n") << ',' << false << "1|2|3";
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << ';' << true << "1,5|2|3";
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t' << false << "1|2|3";
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|' << false << "1|2|3";
        QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"x,y\",2\n") << ',' << false << "x,y|2";
        QTest::newRow("doubled quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << ',' << false << "say \"hi\"|2";
        QTest::newRow("embedded newline") << QByteArray("a,b\n\"line1\nline2\",2\n") << ',' << false << "line1\nline2|2";
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ',' << false << "1|2";
        QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r") << ',' << false << "1|2";
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << ',' << false << "||";
        QTest::newRow("semicolon with quoted commas") << QByteArray("a;b\n\"1,5\";\"x;y\"\n") << ';' << true << "1,5|x;y";
    }
    void dialects()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, delimiter);
        QFETCH(bool, decimalComma);
        QFETCH(QString, secondRowJoined);
        auto reader = CsvReader::fromString(text.toStdString(), "test.csv");
        QVERIFY(reader.isOk());
        QCOMPARE((*reader)->dialect().delimiter, delimiter);
        QCOMPARE((*reader)->dialect().decimalComma, decimalComma);
        auto rows = readAll(text.toStdString());
        QCOMPARE(rows.size(), size_t(2));
        QString joined;
        for (size_t i = 0; i < rows[1].size(); ++i)
            joined += (i ? QStringLiteral("|") : QString()) + QString::fromStdString(rows[1][i]);
        QCOMPARE(joined, secondRowJoined);
        QCOMPARE(rows[0][0], std::string("a"));
    }

    void blankLinesAreSkippedButCounted()
    {
        auto reader = CsvReader::fromString("a,b\n\n1,2\n", "t.csv");
        QVERIFY(reader.isOk());
        CsvRecord record;
        bool has = false;
        QVERIFY((*reader)->next(record, has).isOk());
        QVERIFY((*reader)->next(record, has).isOk());
        QVERIFY(has);
        QCOMPARE(record.row, int64_t(3)); // the row a text editor shows
    }

    void latin1IsDetected()
    {
        auto reader = CsvReader::fromString("name,v\nM\xFCller,1\n", "t.csv");
        QVERIFY(reader.isOk());
        QCOMPARE((*reader)->dialect().encoding, TextEncoding::Windows1252);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << "row 2, column 2";
        QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3,\0\n", 12) << "row 3";
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << "UTF-16";
        QTest::newRow("huge field") << QByteArray("a,b\n1,") + QByteArray(int(CsvReader::kMaxFieldBytes) + 10, 'x') << "row 2";
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        Status error;
        readAll(text.toStdString(), &error);
        QVERIFY(!error.isOk());
        QVERIFY2(QString::fromStdString(error.message()).contains(expected), error.message().c_str());
        QVERIFY(QString::fromStdString(error.message()).startsWith(QStringLiteral("test.csv")));
    }

    void streamsAcrossChunks()
    {
        // A file larger than the reader's 1 MiB chunk, with records straddling chunk borders.
        QTemporaryFile file;
        QVERIFY(file.open());
        std::string text = "id,value,note\n";
        for (int i = 0; i < 60000; ++i)
            text += "item" + std::to_string(i) + "," + std::to_string(i) + ",\"a, \"\"quoted\"\"\nnote\"\r\n";
        file.write(text.data(), qint64(text.size()));
        file.close();
        auto reader = CsvReader::open(file.fileName().toStdString());
        QVERIFY(reader.isOk());
        CsvRecord record;
        bool has = false;
        int64_t count = 0;
        while ((*reader)->next(record, has).isOk() && has) {
            if (count > 0) {
                QCOMPARE(record.fields.size(), size_t(3));
                QCOMPARE(std::string(record.fields[1]), std::to_string(count - 1));
                QCOMPARE(std::string(record.fields[2]), std::string("a, \"quoted\"\nnote"));
            }
            ++count;
        }
        QCOMPARE(count, int64_t(60001));
        QCOMPARE((*reader)->bytesRead(), uint64_t(text.size()));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
