#pragma once
// Renaming a dataset or forecast as one undoable step (DESIGN §7: edits go through QUndoStack).
#include <QUndoCommand>

namespace almanac::ui {

class ProjectSession;

class RenameCommand : public QUndoCommand {
public:
    enum class Target { Dataset, Forecast };
    RenameCommand(ProjectSession* session, Target target, const QString& from, const QString& to);
    void redo() override;
    void undo() override;
    bool succeeded() const { return m_ok; }
    QString error() const { return m_error; }

private:
    bool apply(const QString& from, const QString& to);

    ProjectSession* m_session;
    Target m_target;
    QString m_from, m_to, m_error;
    bool m_ok = false;
};

} // namespace almanac::ui
