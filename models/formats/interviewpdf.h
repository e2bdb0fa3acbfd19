#pragma once

#include "domain/interview.h"

#include <QDateTime>
#include <QString>
#include <optional>

// The PDF summary of an interview: a header with who, when and how long, the
// recommendation and summary, a score overview per category drawn as a bar chart, then
// every question with its time, score and anchor, rubric criteria, follow-ups asked,
// flags and timestamped notes. Every page has "Page N of M" and a confidentiality
// footer; fonts are embedded, so any script the notes hold prints as typed.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
// Laid out by the page-flow engine (formats/pageflow); the question sections are in
// formats/reportquestion, the shared palette and fonts in formats/reportstyle, and the
// document information (title, author) is added by formats/pdfinfo.
namespace interviewpdf {

enum class PageSize { A4, Letter };

struct Options
{
    PageSize pageSize = PageSize::A4;
    QString author; // the document's author; empty: the interview's interviewer
    QDateTime now;  // the clock for an interview still running; empty: the current time
};

// "A4" or "Letter" (any letter case; empty means A4), as the settings key
// "pdf_page_size" holds them; nullopt for anything else.
std::optional<PageSize> pageSizeFromName(const QString &name);

// Writes atomically: the old file stays intact until the new one is complete, and a
// failure leaves nothing half-written. Throws PanelistError naming the file.
void write(const Interview &interview, const QString &path, const Options &options = {});

// The same document in memory (what write() puts in the file).
QByteArray render(const Interview &interview, const Options &options = {});

} // namespace interviewpdf
