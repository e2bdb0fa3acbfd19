#include "interviews/interviewdesk.h"

#include "domain/errors.h"
#include "formats/interviewpdf.h"
#include "formats/textfile.h"
#include "interviews/previewleftovers.h"
#include "storage/candidaterepository.h"
#include "storage/interviewrepository.h"
#include "storage/interviewstart.h"
#include "storage/notewriter.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QPdfDocument>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QtQml/qqml.h>

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

namespace {
InterviewDesk *s_instance = nullptr;
const QString kInterviewerKey = QStringLiteral("interviewer");
const QString kRetentionKey = QStringLiteral("retention_days");
const QString kPageSizeKey = QStringLiteral("pdf_page_size");
} // namespace

InterviewDesk::InterviewDesk(InterviewRepository &interviews, const PlanRepository &plans,
                             const BankRepository &bank, SettingsStore &settings,
                             const QString &databaseLocation, QObject *parent)
    : QObject(parent)
    , m_interviews(interviews)
    , m_plans(plans)
    , m_bank(bank)
    , m_settings(settings)
    , m_noteWriter(std::make_unique<NoteWriter>(databaseLocation))
    , m_live(std::make_unique<LiveInterview>(interviews, *m_noteWriter))
    , m_list(interviews)
    , m_record(interviews)
    , m_compare(interviews)
{
    // Previews are kept in memory now; folders of them an earlier build left behind
    // when it was killed hold candidate data.
    previewleftovers::remove();
    // Status, recommendation and dates in the list follow what the call records.
    connect(m_live.get(), &LiveInterview::progressChanged, &m_list, &InterviewListModel::refresh);
    // So do the record and the comparison when they show the interview being run.
    connect(m_live.get(), &LiveInterview::progressChanged, this, [this] { followLive(true); });
    // Every score, criterion, follow-up and flag the call stores, and every note once it
    // is on disk, shows at once in the record of the interview being run.
    connect(m_live.get(), &LiveInterview::changed, this, [this] { followLive(true); });
    connect(m_noteWriter.get(), &NoteWriter::written, this, [this] { followLive(false); });
    // The running clock: the list's minutes and the record's times move with it.
    connect(m_live.get(), &LiveInterview::tick, this, [this] {
        m_list.refreshClocks();
        if (m_live->active() && m_record.interviewId() == m_live->interview().id)
            m_record.refreshClock();
    });
}

void InterviewDesk::followLive(bool withCompare)
{
    const Interview &live = m_live->interview();
    if (live.id <= 0)
        return;
    if (m_record.interviewId() == live.id)
        m_record.reload();
    if (withCompare && m_compare.planId() > 0 && m_compare.planId() == live.planId)
        m_compare.refresh();
}

InterviewDesk::~InterviewDesk()
{
    // The live view goes first; the writer then commits what is still pending.
    m_live.reset();
    m_noteWriter.reset();
    closePreview();
}

InterviewDesk *InterviewDesk::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "InterviewDesk", "main() must create the desk before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void InterviewDesk::setInstance(InterviewDesk *instance)
{
    s_instance = instance;
}

QString InterviewDesk::defaultInterviewer() const
{
    try {
        return m_settings.value(kInterviewerKey);
    } catch (const PanelistError &) {
        return {};
    }
}

void InterviewDesk::setDefaultInterviewer(const QString &name)
{
    if (name.trimmed() == defaultInterviewer())
        return;
    try {
        m_settings.setValue(kInterviewerKey, name.trimmed());
    } catch (const PanelistError &e) {
        setError(e.message());
        return;
    }
    emit defaultInterviewerChanged();
}

int InterviewDesk::start(int planId, const QString &candidate, const QString &role,
                         const QString &interviewer, const QString &scheduledAt)
{
    InterviewRepository::StartDetails details;
    details.candidate = candidate;
    details.role = role;
    details.interviewer = interviewer;
    return startWith(planId, details, scheduledAt);
}

int InterviewDesk::startFor(int planId, int candidateId, const QString &role,
                            const QString &interviewer, const QString &scheduledAt)
{
    InterviewRepository::StartDetails details;
    details.candidateId = candidateId;
    details.role = role;
    details.interviewer = interviewer;
    return startWith(planId, details, scheduledAt);
}

int InterviewDesk::startNew(int planId, const QString &candidate, const QString &email,
                            const QString &role, const QString &interviewer,
                            const QString &scheduledAt)
{
    InterviewRepository::StartDetails details;
    details.candidate = candidate;
    details.email = email;
    details.role = role;
    details.interviewer = interviewer;
    return startWith(planId, details, scheduledAt);
}

int InterviewDesk::startWith(int planId, InterviewRepository::StartDetails details,
                             const QString &scheduledAt)
{
    if (!scheduledAt.trimmed().isEmpty()) {
        details.scheduledAt =
            QDateTime::fromString(scheduledAt.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!details.scheduledAt.isValid()) {
            setError(QCoreApplication::translate("InterviewDesk",
                                                 "The scheduled time \"%1\" is not of the form "
                                                 "YYYY-MM-DD HH:MM.")
                         .arg(scheduledAt));
            return 0;
        }
    }
    try {
        const qint64 id = interviewstart::fromPlan(m_interviews, m_plans, m_bank, planId, details);
        setDefaultInterviewer(details.interviewer);
        setError({});
        m_list.refresh();
        m_live->load(id);
        m_compare.refresh();
        emit interviewStarted(int(id));
        return int(id);
    } catch (const PanelistError &e) {
        setError(e.message());
        return 0;
    }
}

bool InterviewDesk::open(int id)
{
    if (!m_live->load(id)) {
        setError(QCoreApplication::translate("InterviewDesk", "There is no interview with id %1.")
                     .arg(id));
        return false;
    }
    setError({});
    return true;
}

bool InterviewDesk::resumeLive()
{
    try {
        const qint64 id = m_interviews.liveInterviewId();
        return id > 0 && m_live->load(id);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
}

int InterviewDesk::retentionDays() const
{
    try {
        return std::max(0, m_settings.value(kRetentionKey).toInt());
    } catch (const PanelistError &) {
        return 0;
    }
}

void InterviewDesk::setRetentionDays(int days)
{
    days = std::max(0, days);
    if (days == retentionDays())
        return;
    try {
        if (days == 0)
            m_settings.remove(kRetentionKey);
        else
            m_settings.setValue(kRetentionKey, QString::number(days));
        setError({});
    } catch (const PanelistError &e) {
        setError(e.message());
        return;
    }
    emit retentionDaysChanged();
}

QString InterviewDesk::pageSize() const
{
    QString value;
    try {
        value = m_settings.value(kPageSizeKey);
    } catch (const PanelistError &) {
    }
    return interviewpdf::pageSizeFromName(value) == interviewpdf::PageSize::Letter
               ? QStringLiteral("Letter")
               : QStringLiteral("A4");
}

void InterviewDesk::setPageSize(const QString &pageSize)
{
    const std::optional<interviewpdf::PageSize> size = interviewpdf::pageSizeFromName(pageSize);
    if (!size) {
        setError(tr("The page size is A4 or Letter, not \"%1\".").arg(pageSize));
        return;
    }
    const QString name =
        *size == interviewpdf::PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
    if (name == this->pageSize())
        return;
    try {
        m_settings.setValue(kPageSizeKey, name);
        setError({});
    } catch (const PanelistError &e) {
        setError(e.message());
        return;
    }
    emit pageSizeChanged();
}

void InterviewDesk::prepareRemoval(const QList<qint64> &ids)
{
    // Notes on their way reach the disk first, so none lands after the removal (it would
    // update nothing, but the writer's connection must be idle for the compaction).
    if (ids.contains(m_live->interviewId()))
        m_live->close();
    m_noteWriter->flush();
    // A preview may show one of them; it is made again when asked for.
    closePreview();
}

void InterviewDesk::reload()
{
    m_list.refresh();
    m_record.reload();
    if (m_compare.planId() > 0)
        m_compare.refresh();
}

void InterviewDesk::afterRemoval()
{
    m_list.refresh();
    m_record.reload(); // shows nothing when its interview went
    m_compare.refresh();
    emit interviewsRemoved();
}

bool InterviewDesk::removeInterview(int id)
{
    try {
        if (!m_interviews.interview(id)) {
            setError(tr("There is no interview with id %1.").arg(id));
            return false;
        }
        prepareRemoval({id});
        m_interviews.remove(id);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    afterRemoval();
    return true;
}

int InterviewDesk::removeCandidate(const QString &candidate)
{
    int removed = 0;
    try {
        QList<qint64> ids;
        const QList<InterviewSummary> rows = m_interviews.interviewsOf(candidate);
        for (const InterviewSummary &row : rows)
            ids << row.id;
        if (ids.isEmpty()) {
            setError({});
            return 0;
        }
        prepareRemoval(ids);
        removed = m_interviews.removeCandidate(candidate);
    } catch (const PanelistError &e) {
        setError(e.message());
        return -1;
    }
    setError({});
    afterRemoval();
    return removed;
}

int InterviewDesk::candidateInterviewCount(const QString &candidate)
{
    try {
        return int(m_interviews.interviewsOf(candidate).size());
    } catch (const PanelistError &e) {
        setError(e.message());
        return 0;
    }
}

int InterviewDesk::removeCandidateById(qint64 candidateId)
{
    int removed = 0;
    try {
        CandidateRepository candidates(m_interviews.database());
        QList<qint64> ids;
        const QList<InterviewSummary> rows = candidates.loop(candidateId);
        for (const InterviewSummary &row : rows)
            ids << row.id;
        prepareRemoval(ids);
        removed = int(candidates.remove(candidateId).interviews.size());
    } catch (const PanelistError &e) {
        setError(e.message());
        return -1;
    }
    setError({});
    afterRemoval();
    return removed;
}

QString InterviewDesk::applyRetention(const QDateTime &now)
{
    const int days = retentionDays();
    if (days <= 0)
        return {};
    QList<CandidateRepository::Removed> removed;
    try {
        CandidateRepository candidates(m_interviews.database());
        // No interview of theirs is live (that keeps a candidate), so only the writer
        // needs to be idle.
        if (candidates.expired(days, now).isEmpty())
            return {};
        prepareRemoval({});
        removed = candidates.removeExpired(days, now);
    } catch (const PanelistError &e) {
        setError(e.message());
        return {};
    }
    if (removed.isEmpty())
        return {};
    afterRemoval();
    QStringList names;
    for (const CandidateRepository::Removed &entry : std::as_const(removed))
        names << entry.candidate.name;
    if (removed.size() == 1)
        return tr("Removed 1 candidate whose last interview ended more than %1 days ago, with "
                  "all their interviews: %2.")
            .arg(days)
            .arg(names.first());
    return tr("Removed %1 candidates whose last interview ended more than %2 days ago, with "
              "all their interviews: %3.")
        .arg(removed.size())
        .arg(days)
        .arg(names.join(QStringLiteral(", ")));
}

bool InterviewDesk::renderPdf(int id, QByteArray &pdf)
{
    // The last keystrokes first, so the summary has every note.
    m_noteWriter->flush();
    try {
        const std::optional<Interview> interview = m_interviews.interview(id);
        if (!interview) {
            setError(tr("There is no interview with id %1.").arg(id));
            return false;
        }
        interviewpdf::Options options;
        options.pageSize =
            interviewpdf::pageSizeFromName(pageSize()).value_or(interviewpdf::PageSize::A4);
        options.author = interview->interviewer;
        pdf = interviewpdf::render(*interview, options);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    return true;
}

bool InterviewDesk::showPreview(QObject *document, int id)
{
    // QML's PdfDocument extends a QPdfDocument, which does the loading.
    auto *pdf = qobject_cast<QPdfDocument *>(document);
    if (!pdf && document)
        pdf = qobject_cast<QPdfDocument *>(qmlExtendedObject(document));
    if (!pdf) {
        setError(tr("There is no PDF view to show the preview in."));
        return false;
    }
    QByteArray bytes;
    if (!renderPdf(id, bytes))
        return false;
    // An anonymous file in memory: no folder holds it, and it is gone once the last
    // descriptor closes — when the preview is closed, or when the app ends or is killed.
    // QtPdf reads it by its /proc/self/fd path like any file (its page images need one).
    const int fd = ::memfd_create("panelist-preview", MFD_CLOEXEC);
    bool written = fd >= 0;
    for (qsizetype done = 0; written && done < bytes.size();) {
        const ssize_t count = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (count < 0 && errno == EINTR)
            continue;
        written = count > 0;
        done += written ? count : 0;
    }
    if (!written) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        setError(tr("Cannot make the preview: %1.").arg(textfile::reason(error)));
        return false;
    }
    closePreview();
    m_previewFd = fd;
    // Page images are cached by the source, and a descriptor's number comes back: the
    // query makes every preview's source new.
    QUrl source = QUrl::fromLocalFile(QStringLiteral("/proc/self/fd/%1").arg(fd));
    source.setQuery(QStringLiteral("preview=%1").arg(++m_previewCount));
    if (document->metaObject()->indexOfProperty("source") >= 0)
        document->setProperty("source", source);
    else
        pdf->load(source.toLocalFile());
    m_previewDocument = pdf;
    if (pdf->status() != QPdfDocument::Status::Ready) {
        closePreview();
        setError(tr("The PDF summary of interview %1 could not be shown.").arg(id));
        return false;
    }
    setError({});
    return true;
}

void InterviewDesk::closePreview()
{
    // The document first: its page images reopen the file by its descriptor's number.
    if (m_previewDocument)
        m_previewDocument->close();
    m_previewDocument.clear();
    if (m_previewFd < 0)
        return;
    // Emptied before it is closed: QtPdf 6.4 keeps one descriptor of its own open until
    // the app ends, and the pages behind it would stay in memory that long.
    if (::ftruncate(m_previewFd, 0) != 0)
        qWarning("The preview's memory could not be emptied: %s", std::strerror(errno));
    ::close(m_previewFd);
    m_previewFd = -1;
}

bool InterviewDesk::exportPdf(int id, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("No file was chosen for the PDF."));
        return false;
    }
    QByteArray pdf;
    if (!renderPdf(id, pdf))
        return false;
    try {
        textfile::write(path, pdf);
    } catch (const PanelistError &e) {
        setError(e.message());
        return false;
    }
    setError({});
    return true;
}

QString InterviewDesk::suggestedPdfName(int id)
{
    std::optional<Interview> interview;
    try {
        interview = m_interviews.interview(id);
    } catch (const PanelistError &e) {
        setError(e.message());
    }
    if (!interview)
        return QStringLiteral("Interview.pdf");
    // Separators, characters Windows and macOS refuse, and control characters.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f\x7f])"));
    QString candidate = interview->candidate;
    candidate.replace(unsafe, QStringLiteral("_"));
    candidate = candidate.simplified();
    while (candidate.startsWith(QLatin1Char('.')))
        candidate.remove(0, 1);
    QString name = QStringLiteral("Interview");
    if (!candidate.isEmpty())
        name += QStringLiteral(" - ") + candidate.left(100);
    const QDateTime when =
        interview->startedAt.isValid() ? interview->startedAt : interview->scheduledAt;
    if (when.isValid())
        name += QStringLiteral(" - ") + when.toLocalTime().date().toString(Qt::ISODate);
    return name + QStringLiteral(".pdf");
}

void InterviewDesk::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}
