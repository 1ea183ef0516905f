#include "ui/RenameCommand.h"

#include "ui/ProjectSession.h"

namespace almanac::ui {

RenameCommand::RenameCommand(ProjectSession* session, Target target, const QString& from, const QString& to)
    : m_session(session), m_target(target), m_from(from), m_to(to)
{
    setText(QObject::tr("Rename %1 to %2").arg(from, to));
}

bool RenameCommand::apply(const QString& from, const QString& to)
{
    m_error.clear();
    return m_target == Target::Dataset ? m_session->renameDataset(from, to, &m_error) : m_session->renameForecast(from, to, &m_error);
}

void RenameCommand::redo()
{
    m_ok = apply(m_from, m_to);
    if (!m_ok) setObsolete(true);
}

void RenameCommand::undo()
{
    if (m_ok) apply(m_to, m_from);
}

} // namespace almanac::ui
