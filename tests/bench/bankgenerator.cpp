#include "bankgenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <random>
#include <vector>

namespace bankgenerator {

namespace {

// Most frequent first: English glue words, then the domain words people search for
// most. With the Zipf weights below "python" appears in about seven questions of ten and
// "memory" or "thread" in about half: frequent, as in a real bank of Python questions.
const char kHead[] =
    "the a of to and is in how what you it for this when with does why can an that be on "
    "would are or from by if your its each not which do at use one they we there python "
    "function object memory thread class data list code call value type process dict error "
    "loop async module test string method cache queue lock";

const char kGlue[] =
    "not which do at between one there they we used using explain describe difference example "
    "choose better worse handle happen behave implement design improve avoid prevent detect "
    "measure compare large small fast slow safe unsafe simple complex common typical "
    "production real world team candidate experience problem solution approach strategy case "
    "scenario requirement constraint limit size time space cost risk benefit issue bug fix "
    "change result output input argument parameter return default keyword positional nested "
    "global local runtime compile should could might must will has have had was were been "
    "being all any some many more most less other same different new old first last next only "
    "also then than because while after before during into over under about without within "
    "through where who whose them their these those such very often always never usually "
    "sometimes instead however therefore walk me through tell us about time you had work "
    "works working happens make makes made keep keeps write writes read reads run runs start "
    "stop open close create delete update find show give take need want know think see look "
    "way part point level step kind number order line name user system application";

const char kDomain[] =
    "generator iterator decorator exception garbage collector reference cycle leak gil "
    "interpreter bytecode import package variable scope closure lambda tuple set key hash "
    "comprehension context manager coroutine event task await asyncio multiprocessing pool "
    "worker concurrency parallel performance profile benchmark optimization database query "
    "transaction index sql orm api request response server client http socket network latency "
    "throughput pattern interface inheritance metaclass descriptor property attribute "
    "instance slots mro protocol typing annotation mypy dataclass enum abstract mixin "
    "singleton factory dependency injection testing pytest mock fixture coverage debug "
    "logging traceback stack heap allocation buffer bytes unicode encoding file stream io "
    "path serialization json pickle yaml config deployment docker container kubernetes "
    "service microservice architecture scalability reliability security authentication "
    "authorization token session cookie django flask fastapi celery redis postgres sqlite "
    "numpy pandas array vector matrix algorithm complexity sort search tree graph node edge "
    "recursion iteration memoization dynamic programming binary deque counter defaultdict "
    "namedtuple itertools functools collections contextlib operator copy deepcopy shallow "
    "mutable immutable identity equality comparison boolean integer float decimal fraction "
    "overflow precision rounding format regex parsing tokenizer compiler ast cpython pypy "
    "cython extension ctypes wheel pip virtualenv venv poetry version release refactoring "
    "legacy migration review readability maintainability documentation docstring pep8 linting "
    "generic covariance callable signal timeout retry backoff idempotent race condition "
    "deadlock starvation semaphore mutex atomic barrier future executor threadpool subprocess "
    "fork spawn shared state message broker kafka rabbitmq callback promise bottleneck "
    "hotspot cpu scheduler switch kernel virtual page fault weakref finalizer refcount "
    "generation threshold arena pymalloc fragmentation yield send throw close frame namespace "
    "builtin dunder magic operator overload iterable sequence mapping view slice unpacking "
    "star kwargs args signature inspect introspection reflection monkeypatch patch proxy "
    "adapter observer strategy visitor repository layer boundary domain entity aggregate "
    "invariant contract assertion validation schema migration rollback commit isolation "
    "snapshot replica shard partition consistency availability eventual ordering clock "
    "timestamp timezone datetime locale i18n cli argparse environment variable secret vault "
    "ci pipeline lint monitoring metrics tracing alert incident postmortem oncall sla "
    "capacity load balancer ratelimit throttling backpressure stream chunk batch window "
    "aggregation join groupby vectorized broadcasting dtype ndarray dataframe gpu jit numba "
    "profiling cprofile tracemalloc objgraph perf flamegraph sampling instrumentation "
    "ownership mentoring estimate deadline priority stakeholder conflict feedback";

// Tokens that appear verbatim in prompts and that people paste into the search box.
const char kCode[] =
    "__slots__ __init__ __new__ __call__ __getattr__ __dict__ __enter__ __exit__ __iter__ "
    "__next__ __eq__ __hash__ __repr__ __del__ __set_name__ __init_subclass__ asyncio.Queue "
    "asyncio.gather asyncio.run asyncio.Lock asyncio.create_task type() isinstance() super() "
    "len() id() iter() next() functools.lru_cache functools.wraps functools.partial "
    "itertools.chain itertools.islice collections.deque collections.Counter threading.Lock "
    "threading.Thread threading.Event multiprocessing.Pool concurrent.futures sys.getrefcount "
    "sys.getsizeof gc.collect weakref.ref dataclasses.dataclass typing.Protocol "
    "typing.Generic contextlib.contextmanager self cls None True False def async await yield "
    "raise except finally nonlocal global @property @staticmethod @classmethod dict.get "
    "list.append str.join O(n) O(1)";

const char kTags[] =
    "gil asyncio threads memory gc generators decorators typing testing packaging performance "
    "profiling databases sql orm web http django flask fastapi celery redis design patterns "
    "oop metaclasses descriptors iterators closures scope collections algorithms complexity "
    "data-structures numpy pandas multiprocessing concurrency networking security deployment "
    "docker observability logging errors exceptions internals bytecode cpython behavioural "
    "leadership architecture";

const char *const kCategories[] = {
    "Internals",  "Concurrency", "Async",     "Memory",     "Data structures",
    "Algorithms", "Testing",     "Packaging", "Web",        "Databases",
    "Design",     "Performance", "Typing",    "Behavioural"};

const char *const kTitleStarts[] = {"How does",
                                    "Explain",
                                    "What is",
                                    "Why would you",
                                    "Compare",
                                    "Design a",
                                    "When should you use",
                                    "Walk me through",
                                    "Debug a",
                                    "Describe",
                                    "What happens when",
                                    "How would you",
                                    "Implement"};

const int kMinutes[] = {3, 5, 5, 5, 8, 10, 10, 15, 20, 30};

template<typename T, std::size_t N> constexpr int size(const T (&)[N])
{
    return int(N);
}

// std::mt19937's output is specified by the standard; its distributions are not, so
// these helpers keep the bank identical across standard libraries.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}
    int between(int low, int high) { return low + int(m_engine() % quint32(high - low + 1)); }
    double unit() { return m_engine() / 4294967296.0; }
    quint32 bits() { return m_engine(); }

private:
    std::mt19937 m_engine;
};

QStringList wordList(const char *words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '));
}

// Inflecting "gc", "tokens", "enums" or "missing" would not give better words.
bool inflectable(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z]{3,}(?<!s|ing|ed|y)$"));
    return plain.match(word).hasMatch();
}

class Vocabulary
{
public:
    explicit Vocabulary(Random &random)
    {
        QSet<QString> seen;
        auto add = [&](const QString &word) {
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words << word;
            }
        };
        for (const QString &word : wordList(kHead))
            add(word);
        // Glue and domain words alternate so neither kind crowds out the other.
        const QStringList glue = wordList(kGlue);
        const QStringList domain = wordList(kDomain);
        for (qsizetype i = 0; i < std::max(glue.size(), domain.size()); ++i) {
            if (i < glue.size())
                add(glue.at(i));
            if (i < domain.size())
                add(domain.at(i));
        }
        for (const QString &word : wordList(kCode))
            add(word);
        // Inflections and identifiers grow the vocabulary to a few thousand rarer words,
        // the long tail that makes prefix queries like "de" or "gen" expand to many terms.
        for (const QString &word : domain) {
            if (!inflectable(word))
                continue;
            const QString stem = word.endsWith(QLatin1Char('e')) ? word.chopped(1) : word;
            add(word + QLatin1Char('s'));
            add(stem + QStringLiteral("ing"));
            add(stem + QStringLiteral("ed"));
        }
        for (int i = 0; i < 1200; ++i) {
            const QString first = domain.at(random.between(0, int(domain.size()) - 1));
            const QString second = domain.at(random.between(0, int(domain.size()) - 1));
            if (first == second)
                continue;
            if (i % 3 == 0) // a class name
                add(first.left(1).toUpper() + first.mid(1) + second.left(1).toUpper() +
                    second.mid(1));
            else // a function or variable name
                add(first + QLatin1Char('_') + second);
        }
        // Zipf–Mandelbrot weights: frequency ~ 1 / (rank + 2.7); the offset keeps "the"
        // near its share in English prose instead of a tenth of all words.
        double total = 0;
        m_cumulative.reserve(m_words.size());
        for (int rank = 0; rank < m_words.size(); ++rank) {
            total += 1.0 / (rank + 2.7);
            m_cumulative.push_back(total);
        }
    }

    const QString &pick(Random &random) const
    {
        const double target = random.unit() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        const auto index = std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1);
        return m_words.at(index);
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

class Writer
{
public:
    Writer(Random &random, const Vocabulary &vocabulary)
        : m_random(random)
        , m_vocabulary(vocabulary)
    {}

    // One sentence of `words` words, capitalised, with the odd comma.
    QString sentence(int words, QChar end)
    {
        QString text;
        for (int i = 0; i < words; ++i) {
            QString word = m_vocabulary.pick(m_random);
            if (i == 0)
                word[0] = word.at(0).toUpper();
            else
                text += m_random.between(0, 11) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
            text += word;
        }
        return text + end;
    }

    // About `words` words of sentences, `perParagraph` sentences to a paragraph.
    QString prose(int words, int perParagraph)
    {
        QString text;
        int sentences = 0;
        while (words > 0) {
            const int length = std::min(words, m_random.between(6, 18));
            if (sentences > 0)
                text +=
                    sentences % perParagraph == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
            text +=
                sentence(length, m_random.between(0, 3) == 0 ? QLatin1Char('?') : QLatin1Char('.'));
            words -= length;
            ++sentences;
        }
        return text;
    }

    QString bullets(int words)
    {
        QStringList lines;
        while (words > 0) {
            const int length = std::min(words, m_random.between(6, 16));
            lines << QStringLiteral("- ") + sentence(length, QLatin1Char('.'));
            words -= length;
        }
        return lines.join(QLatin1Char('\n'));
    }

    QString codeBlock()
    {
        // One identifier() per statement: the order in which the operands of + are
        // evaluated is unspecified, and the bank must not depend on the compiler.
        QString code = QStringLiteral("```python\ndef ") + identifier();
        code += QLatin1Char('(') + identifier();
        code += QStringLiteral("):\n");
        for (int line = m_random.between(1, 3); line > 0; --line) {
            code += QStringLiteral("    ") + identifier();
            code += QStringLiteral(" = ") + identifier();
            code += QLatin1Char('.') + identifier();
            code += QStringLiteral("()\n");
        }
        return code + QStringLiteral("    return ") + identifier() + QStringLiteral("\n```");
    }

    QString title()
    {
        const QString start =
            QString::fromLatin1(kTitleStarts[m_random.between(0, size(kTitleStarts) - 1)]);
        QString text = start;
        for (int words = m_random.between(4, 10) - int(start.count(QLatin1Char(' ')) + 1);
             words > 0; --words)
            text += QLatin1Char(' ') + m_vocabulary.pick(m_random);
        return text + QLatin1Char('?');
    }

    QStringList sentences(int count, int minWords, int maxWords, QChar end)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list << sentence(m_random.between(minWords, maxWords), end);
        return list;
    }

    QStringList tags()
    {
        QStringList list;
        for (int count = m_random.between(2, 4); list.size() < count;) {
            const QString tag = m_tags.at(m_random.between(0, int(m_tags.size()) - 1));
            if (!list.contains(tag))
                list << tag;
        }
        return list;
    }

    QString uuid()
    {
        const quint32 a = m_random.bits(), b = m_random.bits(), c = m_random.bits(),
                      d = m_random.bits();
        // Version 4, variant 1, like QUuid::createUuid(), but reproducible.
        return QUuid(a, quint16(b), quint16((b >> 16 & 0x0fff) | 0x4000), uchar((c & 0x3f) | 0x80),
                     uchar(c >> 8), uchar(c >> 16), uchar(c >> 24), uchar(d), uchar(d >> 8),
                     uchar(d >> 16), uchar(d >> 24))
            .toString(QUuid::WithoutBraces);
    }

private:
    // Code reuses the prose vocabulary: "memory_pool", "data" or "__slots__" alike.
    const QString &identifier() { return m_vocabulary.pick(m_random); }

    Random &m_random;
    const Vocabulary &m_vocabulary;
    const QStringList m_tags = wordList(kTags);
};

} // namespace

Bank generate(int count, quint32 seed)
{
    Random random(seed);
    const Vocabulary vocabulary(random);
    Writer writer(random, vocabulary);

    Bank bank;
    for (int i = 0; i < size(kCategories); ++i)
        bank.categories.append({0, QString::fromLatin1(kCategories[i]), i});
    bank.questions.reserve(count);
    for (int i = 0; i < count; ++i) {
        Question q;
        q.uuid = writer.uuid();
        q.title = writer.title();
        const int promptWords = random.between(40, 150);
        q.prompt = writer.prose(promptWords, 3);
        if (random.between(0, 3) == 0)
            q.prompt += QStringLiteral("\n\n") + writer.codeBlock();
        q.category = bank.categories.at(random.between(0, size(kCategories) - 1)).name;
        const QList<vocabulary::Level> levels = vocabulary::levels();
        const QList<vocabulary::Kind> kinds = vocabulary::kinds();
        q.level = levels.at(i % levels.size());
        q.kind = kinds.at(i / levels.size() % kinds.size());
        q.minutes = kMinutes[random.between(0, size(kMinutes) - 1)];
        q.referenceAnswer = writer.bullets(random.between(40, 120));
        q.followUps = writer.sentences(random.between(2, 4), 6, 16, QLatin1Char('?'));
        q.criteria = writer.sentences(random.between(3, 5), 4, 12, QLatin1Char('.'));
        q.tags = writer.tags();
        q.anchorJunior = writer.sentence(random.between(8, 20), QLatin1Char('.'));
        q.anchorMiddle = writer.sentence(random.between(8, 20), QLatin1Char('.'));
        q.anchorSenior = writer.sentence(random.between(8, 20), QLatin1Char('.'));
        bank.questions.append(std::move(q));
    }
    return bank;
}

} // namespace bankgenerator
