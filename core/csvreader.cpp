#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace Inroad {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::CsvReader", text);
}

/// The delimiters detectDelimiter() chooses from, the first one winning ties.
constexpr std::array<char16_t, 4> kCandidates = {u',', u';', u'\t', u'|'};

/// How many records detectDelimiter() looks at, and how far into the text.
constexpr int kDetectRecords = 20;
constexpr int kDetectChars = 64 * 1024;

/// How much of the text the "does it look like text" check looks at.
constexpr int kSniffChars = 4096;

/// Windows-1252 characters of the bytes 0x80–0x9F; the five bytes it leaves undefined map to the
/// C1 control of the same number, as Latin-1 does.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeWindows1252ByTable(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b <= 0x9F) ? QChar(kWindows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder("windows-1252", QStringDecoder::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        if (!decoder.hasError() && !text.contains(QChar::ReplacementCharacter))
            return text;
    }
    return decodeWindows1252ByTable(bytes);
}

/// Whether @p c is a control character that plain text does not hold (tab, CR and LF do).
bool isOddControl(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\r' || u == u'\n')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}

/// The 1-based physical line of position @p end of @p text (\n, \r\n and \r each end a line).
int lineAt(const QString &text, qsizetype end)
{
    int line = 1;
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < end; ++i) {
        if (p[i] == QLatin1Char('\n'))
            ++line;
        else if (p[i] == QLatin1Char('\r') && !(i + 1 < text.size() && p[i + 1] == QLatin1Char('\n')))
            ++line;
    }
    return line;
}

bool isUsableDelimiter(QChar c)
{
    return !c.isNull() && c != QLatin1Char('"') && c != QLatin1Char('\r') && c != QLatin1Char('\n');
}

} // namespace

QString decodeText(const QByteArray &bytes, QString *encoding)
{
    auto setEncoding = [encoding](const QString &name) {
        if (encoding)
            *encoding = name;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding(QStringLiteral("UTF-8 with BOM"));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        return decoder.decode(QByteArrayView(bytes).sliced(3));
    }
    if (bytes.startsWith("\xFF\xFE")) {
        setEncoding(QStringLiteral("UTF-16LE"));
        QStringDecoder decoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    if (bytes.startsWith("\xFE\xFF")) {
        setEncoding(QStringLiteral("UTF-16BE"));
        QStringDecoder decoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    {
        // Stateless: a sequence cut off at the end of the bytes is an error too, not kept for later.
        // Strict: any invalid sequence (which the decoder would replace by U+FFFD) means "not UTF-8";
        // a U+FFFD written in the file as valid UTF-8 is kept.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            setEncoding(QStringLiteral("UTF-8"));
            return text;
        }
    }
    setEncoding(QStringLiteral("Windows-1252"));
    return decodeWindows1252(bytes);
}

QChar detectDelimiter(const QString &text)
{
    // Counts of each candidate, outside quotes, per record of the first records.
    QList<std::array<int, kCandidates.size()>> counts;
    std::array<int, kCandidates.size()> current = {};
    bool inQuotes = false;
    bool recordHasContent = false;
    const qsizetype end = std::min<qsizetype>(text.size(), kDetectChars);
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < end && counts.size() < kDetectRecords; ++i) {
        const char16_t c = p[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes; // "" inside quotes toggles twice: no change
            recordHasContent = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (recordHasContent)
                counts.append(current);
            current = {};
            recordHasContent = false;
            continue;
        }
        recordHasContent = true;
        for (size_t k = 0; k < kCandidates.size(); ++k) {
            if (c == kCandidates[k])
                ++current[k];
        }
    }
    if (recordHasContent && counts.size() < kDetectRecords)
        counts.append(current); // the last record, perhaps cut off by kDetectChars

    // Score: how many records split into as many fields as the first one; then more fields.
    int best = -1;
    int bestScore = 0;
    int bestFirst = 0;
    for (size_t k = 0; k < kCandidates.size(); ++k) {
        if (counts.isEmpty() || counts.constFirst()[k] == 0)
            continue;
        const int first = counts.constFirst()[k];
        int score = 0;
        for (const auto &row : std::as_const(counts)) {
            if (row[k] == first)
                ++score;
        }
        if (score > bestScore || (score == bestScore && first > bestFirst)) {
            best = int(k);
            bestScore = score;
            bestFirst = first;
        }
    }
    return best < 0 ? QLatin1Char(',') : QChar(kCandidates[size_t(best)]);
}

CsvDocument parseCsvText(const QString &text, const CsvOptions &options)
{
    CsvDocument doc;
    doc.delimiter = isUsableDelimiter(options.delimiter) ? options.delimiter : detectDelimiter(text);
    const char16_t delimiter = doc.delimiter.unicode();
    const qsizetype maxField = std::max(options.maxFieldLength, 0);
    const int maxRecords = std::max(options.maxRecords, 0);

    int line = 1;            // physical line of the current position
    int recordLine = 1;      // line the current record starts on
    int quoteLine = 0;       // line the open quoted field started on
    bool inQuotes = false;
    bool fieldStart = true;
    bool recordHasContent = false;
    bool tooLong = false;
    QString field;
    QStringList fields;

    qsizetype width = 8; // the most fields a record had so far: what the next one will probably have
    auto endField = [&] {
        fields.append(std::move(field));
        field = QString();
        fieldStart = true;
    };
    // Returns false when no more records are to be read.
    auto endRecord = [&]() -> bool {
        endField();
        bool more = true;
        if (tooLong) {
            doc.problems.append({recordLine, t("Line %1: a field is longer than %2 characters; the record "
                                               "is left out.")
                                                 .arg(recordLine)
                                                 .arg(maxField)});
        } else if (recordHasContent) {
            if (doc.records.size() >= maxRecords) {
                doc.problems.append({recordLine, t("Line %1: the file has more than %2 records; the rest is "
                                                   "left out.")
                                                     .arg(recordLine)
                                                     .arg(maxRecords)});
                more = false;
            } else {
                width = std::max(width, fields.size());
                doc.records.append({recordLine, std::move(fields)});
            }
        }
        fields = QStringList();
        fields.reserve(width);
        tooLong = false;
        recordHasContent = false;
        return more;
    };
    // Text goes into the field a run at a time: a character at a time made reading a file of
    // 100,000 rows take twice as long.
    auto append = [&](const QChar *from, qsizetype count) {
        if (tooLong || count == 0)
            return;
        if (field.size() + count > maxField) {
            tooLong = true;
            field.clear();
            return;
        }
        field.append(from, count);
    };

    const QChar *p = text.constData();
    const qsizetype size = text.size();
    const auto isBreak = [](char16_t u) {
        return u == u'\n' || u == u'\r';
    };
    bool stopped = false;
    qsizetype i = 0;
    while (i < size && !stopped) {
        if (inQuotes) {
            qsizetype j = i;
            while (j < size && p[j].unicode() != u'"' && !isBreak(p[j].unicode()))
                ++j;
            append(p + i, j - i);
            if (j == size) {
                i = j;
            } else if (p[j].unicode() == u'"') {
                if (j + 1 < size && p[j + 1].unicode() == u'"') {
                    append(p + j, 1);
                    i = j + 2;
                } else {
                    inQuotes = false;
                    i = j + 1;
                }
            } else {
                // A line break inside quotes is kept as written, CRLF included.
                const qsizetype breakWidth = p[j].unicode() == u'\r' && j + 1 < size && p[j + 1].unicode() == u'\n' ? 2 : 1;
                append(p + j, breakWidth);
                ++line;
                i = j + breakWidth;
            }
            continue;
        }
        const char16_t u = p[i].unicode();
        if (isBreak(u)) {
            i += u == u'\r' && i + 1 < size && p[i + 1].unicode() == u'\n' ? 2 : 1; // CRLF is one line break
            ++line;
            stopped = !endRecord();
            recordLine = line;
            continue;
        }
        recordHasContent = true;
        if (u == delimiter) {
            endField();
            ++i;
        } else if (u == u'"' && fieldStart) {
            inQuotes = true;
            quoteLine = line;
            fieldStart = false;
            ++i;
        } else {
            // Text up to the next delimiter or line break. Text after a closing quote, and a quote
            // inside an unquoted field, is kept as it is.
            qsizetype j = i + 1;
            while (j < size && p[j].unicode() != delimiter && !isBreak(p[j].unicode()))
                ++j;
            append(p + i, j - i);
            fieldStart = false;
            i = j;
        }
    }
    if (stopped)
        return doc;
    if (inQuotes) {
        doc.errorLine = quoteLine;
        doc.error = t("Line %1: a quoted field is not closed before the end of the file.").arg(quoteLine);
        return doc;
    }
    if (recordHasContent || tooLong)
        endRecord();
    if (doc.records.isEmpty() && doc.problems.isEmpty())
        doc.error = t("The file is empty.");
    return doc;
}

CsvDocument readCsv(const QByteArray &bytes, const CsvOptions &options)
{
    QString encoding;
    const QString text = decodeText(bytes, &encoding);

    auto notText = [&](qsizetype at) {
        CsvDocument doc;
        doc.encoding = encoding;
        doc.errorLine = lineAt(text, at);
        doc.error = t("Line %1: the file does not look like text.").arg(doc.errorLine);
        return doc;
    };
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        return notText(nul);
    const qsizetype sniff = std::min<qsizetype>(text.size(), kSniffChars);
    qsizetype odd = 0;
    qsizetype firstOdd = -1;
    for (qsizetype i = 0; i < sniff; ++i) {
        if (isOddControl(text.at(i))) {
            ++odd;
            if (firstOdd < 0)
                firstOdd = i;
        }
    }
    if (odd * 10 > sniff)
        return notText(firstOdd);

    CsvDocument doc = parseCsvText(text, options);
    doc.encoding = encoding;
    return doc;
}

QString csvLine(const QStringList &fields, QChar delimiter, bool neutraliseFormulas)
{
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        QString field = fields.at(i);
        if (neutraliseFormulas && !field.isEmpty()) {
            const char16_t first = field.front().unicode();
            if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
                field.prepend(QLatin1Char('\''));
        }
        const bool quote = field.contains(delimiter) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
        if (quote) {
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + field + QLatin1Char('"');
        } else {
            line += field;
        }
    }
    line += QStringLiteral("\r\n");
    return line;
}

} // namespace Inroad
