#include "sampleworkspace.h"

#include "database.h"
#include "questioncaution.h"
#include "questionrepository.h"
#include "repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <vector>

namespace Inroad {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Inroad::SampleWorkspace", text, disambiguation, n);
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// The stored codes of the schema's small enumerations, as the sample uses them.
constexpr int kStatusIdea = 0;
constexpr int kStatusRequested = 1;
constexpr int kStatusScheduled = 2;
constexpr int kStatusDone = 3;
constexpr int kStatusCancelled = 4;

constexpr int kModeInPerson = 0;
constexpr int kModePhone = 1;
constexpr int kModeVideo = 2;

constexpr int kThanksEmail = 0;
constexpr int kThanksCard = 1;
constexpr int kThanksLetter = 2;

constexpr int kChannelEmail = 0;
constexpr int kChannelLinkedIn = 1;
constexpr int kChannelPhone = 2;
constexpr int kChannelVoicemail = 3;
constexpr int kChannelIntroduction = 5;

constexpr int kResultWaiting = 0;
constexpr int kResultPositive = 1;
constexpr int kResultDeclined = 2;
constexpr int kResultNoAnswer = 3;

constexpr int kFollowUpThanks = 0;
constexpr int kFollowUpKeepInTouch = 1;
constexpr int kFollowUpUpdate = 2;
constexpr int kFollowUpOther = 3;

constexpr int kStageIdentified = 0;
constexpr int kStageContacted = 1;
constexpr int kStageScheduled = 2;
constexpr int kStageInterviewed = 3;
constexpr int kStageThanked = 4;
constexpr int kStageKeepingInTouch = 5;

// splitmix64: tiny, fast, and the same on every compiler and standard library (the std::
// distributions are not), so a seed always gives the same sample.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 to n - 1 (n > 0).
    int below(int n) { return int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state;
};

// ---- Fixed content -------------------------------------------------------------------------

struct FirstName
{
    const char *name;
    char form;          // 'f', 'm' or 'n': which salutation the person prefers
    const char *say;    // how to pronounce it, or nullptr
};

const FirstName kFirstNames[] = {
    {"Amara", 'f', nullptr}, {"Chinedu", 'm', "chee-NEH-doo"}, {"Ngozi", 'f', "n-GOH-zee"},
    {"Oluwaseun", 'n', "oh-loo-wah-SHEH-oon"}, {"Kwame", 'm', "KWAH-meh"}, {"Abena", 'f', nullptr},
    {"Thandiwe", 'f', "tan-DEE-weh"}, {"Sipho", 'm', "SEE-poh"}, {"Fatima", 'f', nullptr},
    {"Youssef", 'm', "YOO-sef"}, {"Leila", 'f', nullptr}, {"Omar", 'm', nullptr}, {"Yasmin", 'f', nullptr},
    {"Karim", 'm', nullptr}, {"Nour", 'n', "NOOR"}, {"Aiko", 'f', "EYE-koh"}, {"Haruto", 'm', "hah-ROO-toh"},
    {"Yuki", 'n', nullptr}, {"Ji-woo", 'n', "jee-OO"}, {"Min-jun", 'm', nullptr}, {"Seo-yeon", 'f', "suh-YUN"},
    {"Wei", 'n', "WAY"}, {"Mei", 'f', nullptr}, {"Jun", 'm', nullptr}, {"Xiaoling", 'f', "shyow-LING"},
    {"Hao", 'm', nullptr}, {"Linh", 'f', nullptr}, {"Minh", 'm', nullptr}, {"Thảo", 'f', "TOW"},
    {"Arjun", 'm', nullptr}, {"Priya", 'f', nullptr}, {"Ananya", 'f', "ah-NUN-yah"}, {"Rohan", 'm', nullptr},
    {"Kavya", 'f', nullptr}, {"Vikram", 'm', nullptr}, {"Deepika", 'f', nullptr}, {"Sanjay", 'm', nullptr},
    {"Aarav", 'm', nullptr}, {"Ishaan", 'm', nullptr}, {"Meera", 'f', nullptr}, {"Tariq", 'm', nullptr},
    {"Zainab", 'f', nullptr}, {"Ayesha", 'f', nullptr}, {"Bilal", 'm', nullptr}, {"Mehmet", 'm', nullptr},
    {"Elif", 'f', nullptr}, {"Emre", 'm', "EM-reh"}, {"Zeynep", 'f', "zay-NEP"}, {"Dariush", 'm', nullptr},
    {"Shirin", 'f', nullptr}, {"Avi", 'm', nullptr}, {"Noa", 'f', nullptr}, {"Tamar", 'f', nullptr},
    {"Eitan", 'm', nullptr}, {"Siobhán", 'f', "shi-VAWN"}, {"Niamh", 'f', "NEEV"}, {"Oisín", 'm', "uh-SHEEN"},
    {"Ciarán", 'm', "KEER-awn"}, {"Aoife", 'f', "EE-fa"}, {"Saoirse", 'f', "SEER-sha"}, {"Eilidh", 'f', "AY-lee"},
    {"Callum", 'm', nullptr}, {"Freya", 'f', nullptr}, {"Ingrid", 'f', nullptr}, {"Lars", 'm', nullptr},
    {"Astrid", 'f', nullptr}, {"Mikael", 'm', nullptr}, {"Sigrid", 'f', nullptr}, {"Henrik", 'm', nullptr},
    {"Katarzyna", 'f', "kah-tah-ZHIH-nah"}, {"Łukasz", 'm', "WOO-kash"}, {"Agnieszka", 'f', "ahg-NYESH-kah"},
    {"Tomasz", 'm', nullptr}, {"Zuzana", 'f', nullptr}, {"Jiří", 'm', "YEE-rzhee"}, {"Dmitri", 'm', nullptr},
    {"Anastasia", 'f', nullptr}, {"Olena", 'f', nullptr}, {"Bohdan", 'm', nullptr}, {"Giulia", 'f', "JOO-lyah"},
    {"Matteo", 'm', nullptr}, {"Chiara", 'f', "KYAH-rah"}, {"Luca", 'm', nullptr}, {"Sofía", 'f', nullptr},
    {"Mateo", 'm', nullptr}, {"Camila", 'f', nullptr}, {"Alejandro", 'm', nullptr}, {"Valentina", 'f', nullptr},
    {"Diego", 'm', nullptr}, {"Lucía", 'f', nullptr}, {"Joaquín", 'm', "wah-KEEN"}, {"Ximena", 'f', "hee-MEH-nah"},
    {"Guadalupe", 'f', nullptr}, {"Rafael", 'm', nullptr}, {"Beatriz", 'f', nullptr}, {"João", 'm', "zhoo-OW"},
    {"Thiago", 'm', nullptr}, {"Larissa", 'f', nullptr}, {"Manon", 'f', nullptr}, {"Théo", 'm', nullptr},
    {"Camille", 'n', nullptr}, {"Amélie", 'f', nullptr}, {"Lukas", 'm', nullptr}, {"Lena", 'f', nullptr},
    {"Jonas", 'm', nullptr}, {"Annika", 'f', nullptr}, {"Maarten", 'm', "MAR-ten"}, {"Femke", 'f', "FEM-keh"},
    {"Sven", 'm', nullptr}, {"Hana", 'f', nullptr}, {"Kai", 'n', nullptr}, {"Malia", 'f', nullptr},
    {"Keoni", 'm', "keh-OH-nee"}, {"Leilani", 'f', nullptr}, {"Tane", 'm', "TAH-neh"}, {"Aroha", 'f', nullptr},
    {"Aponi", 'f', nullptr}, {"Dakota", 'n', nullptr}, {"Jordan", 'n', nullptr}, {"Riley", 'n', nullptr},
    {"Avery", 'n', nullptr}, {"Morgan", 'n', nullptr}, {"Quinn", 'n', nullptr}, {"Rowan", 'n', nullptr},
    {"Sam", 'n', nullptr}, {"Emily", 'f', nullptr}, {"James", 'm', nullptr}, {"Olivia", 'f', nullptr},
    {"Marcus", 'm', nullptr}, {"Grace", 'f', nullptr}, {"Nathaniel", 'm', nullptr}, {"Hannah", 'f', nullptr},
    {"Elijah", 'm', nullptr}, {"Naomi", 'f', nullptr}, {"Isaac", 'm', nullptr}, {"Ruth", 'f', nullptr},
    {"Desmond", 'm', nullptr}, {"Imani", 'f', nullptr}, {"Malik", 'm', nullptr}, {"Keisha", 'f', nullptr},
    {"Andre", 'm', nullptr}, {"Tamika", 'f', nullptr}, {"DeShawn", 'm', nullptr}, {"Esperanza", 'f', nullptr},
};

struct LastName
{
    const char *name;
    const char *say;
};

const LastName kLastNames[] = {
    {"Okafor", "oh-KAH-for"}, {"Adeyemi", "ah-deh-YEH-mee"}, {"Mensah", nullptr}, {"Osei", "oh-SAY"},
    {"Nkosi", "n-KOH-see"}, {"Dlamini", nullptr}, {"Abebe", nullptr}, {"Haile", "HI-leh"}, {"Kamau", nullptr},
    {"Otieno", nullptr}, {"Diallo", nullptr}, {"Traoré", nullptr}, {"Haddad", nullptr}, {"Khoury", nullptr},
    {"Mansour", nullptr}, {"El-Amin", nullptr}, {"Farouk", nullptr}, {"Nasser", nullptr}, {"Tanaka", nullptr},
    {"Sato", nullptr}, {"Nakamura", nullptr}, {"Yamamoto", nullptr}, {"Kobayashi", nullptr}, {"Kim", nullptr},
    {"Park", nullptr}, {"Choi", "CHWEH"}, {"Jung", nullptr}, {"Chen", nullptr}, {"Wang", nullptr},
    {"Li", nullptr}, {"Zhang", "JAHNG"}, {"Liu", nullptr}, {"Huang", nullptr}, {"Lin", nullptr},
    {"Nguyen", "NWIN"}, {"Tran", nullptr}, {"Pham", "FAHM"}, {"Le", nullptr}, {"Patel", nullptr},
    {"Sharma", nullptr}, {"Iyer", nullptr}, {"Reddy", nullptr}, {"Gupta", nullptr}, {"Banerjee", nullptr},
    {"Menon", nullptr}, {"Chowdhury", nullptr}, {"Rahman", nullptr}, {"Hossain", nullptr}, {"Qureshi", nullptr},
    {"Siddiqui", nullptr}, {"Yılmaz", "yuhl-MAHZ"}, {"Demir", nullptr}, {"Kaya", nullptr}, {"Çelik", "cheh-LEEK"},
    {"Ahmadi", nullptr}, {"Hosseini", nullptr}, {"Cohen", nullptr}, {"Levi", nullptr}, {"Mizrahi", nullptr},
    {"Friedman", nullptr}, {"O'Brien", nullptr}, {"Murphy", nullptr}, {"Byrne", nullptr}, {"Gallagher", nullptr},
    {"MacLeod", "muh-KLOWD"}, {"Campbell", nullptr}, {"Fraser", nullptr}, {"Johansson", nullptr},
    {"Lindqvist", nullptr}, {"Andersen", nullptr}, {"Nilsen", nullptr}, {"Virtanen", nullptr},
    {"Korhonen", nullptr}, {"Kowalski", nullptr}, {"Nowak", "NOH-vahk"}, {"Wiśniewska", "veesh-NYEF-skah"},
    {"Dvořák", "DVOR-zhahk"}, {"Novák", nullptr}, {"Horváth", nullptr}, {"Petrov", nullptr}, {"Ivanova", nullptr},
    {"Kovalenko", nullptr}, {"Shevchenko", nullptr}, {"Rossi", nullptr}, {"Bianchi", "bee-AHN-kee"},
    {"Esposito", nullptr}, {"Romano", nullptr}, {"García", nullptr}, {"Rodríguez", nullptr}, {"Martínez", nullptr},
    {"Hernández", nullptr}, {"López", nullptr}, {"González", nullptr}, {"Pérez", nullptr}, {"Sánchez", nullptr},
    {"Ramírez", nullptr}, {"Flores", nullptr}, {"Torres", nullptr}, {"Morales", nullptr}, {"Castillo", nullptr},
    {"Vargas", nullptr}, {"Silva", nullptr}, {"Santos", nullptr}, {"Oliveira", nullptr}, {"Costa", nullptr},
    {"Pereira", nullptr}, {"Dubois", "doo-BWAH"}, {"Lefèvre", nullptr}, {"Moreau", nullptr}, {"Laurent", nullptr},
    {"Fontaine", nullptr}, {"Müller", nullptr}, {"Schmidt", nullptr}, {"Becker", nullptr}, {"Wagner", nullptr},
    {"Hoffmann", nullptr}, {"de Vries", "deh-FREES"}, {"van Dijk", "fahn-DIKE"}, {"Jansen", nullptr},
    {"Bakker", nullptr}, {"Kahale", nullptr}, {"Makoa", nullptr}, {"Ngata", nullptr}, {"Parata", nullptr},
    {"Begay", nullptr}, {"Yazzie", nullptr}, {"Tsosie", nullptr}, {"Smith", nullptr}, {"Johnson", nullptr},
    {"Williams", nullptr}, {"Brown", nullptr}, {"Jones", nullptr}, {"Miller", nullptr}, {"Davis", nullptr},
    {"Wilson", nullptr}, {"Anderson", nullptr}, {"Taylor", nullptr}, {"Thomas", nullptr}, {"Moore", nullptr},
    {"Jackson", nullptr}, {"White", nullptr}, {"Harris", nullptr}, {"Clark", nullptr}, {"Lewis", nullptr},
    {"Robinson", nullptr}, {"Walker", nullptr}, {"Young", nullptr}, {"Allen", nullptr}, {"Wright", nullptr},
    {"Scott", nullptr}, {"Green", nullptr}, {"Baker", nullptr}, {"Adams", nullptr}, {"Nelson", nullptr},
    {"Hill", nullptr}, {"Ramos", nullptr}, {"Cruz", nullptr}, {"Reyes", nullptr}, {"Mendoza", nullptr},
    {"Aguilar", nullptr}, {"Delgado", nullptr}, {"Bautista", nullptr}, {"Santiago", nullptr}, {"Alvarez", nullptr},
    {"Ortiz", nullptr}, {"Okonkwo", "oh-KONG-kwoh"}, {"Eze", "EH-zeh"}, {"Balogun", nullptr}, {"Boateng", nullptr},
    {"Asante", nullptr},
};

struct Title
{
    const char *name;
    bool doctorate;
};

// Everything the sample says about one career field: the field itself, the organizations in it,
// the people's titles, and the facts their answers and the user's reflections draw on.
struct FieldInfo
{
    const char *name;
    const char *occupationCode;
    const char *description;
    const char *links;
    const char *industries[3];
    const char *orgSuffixes[5];
    Title titles[6];
    const char *association;
    const char *typicalDay;
    const char *environment;
    const char *likes;
    const char *dislikes;
    const char *start;
    const char *education;
    const char *training;
    const char *skills;
    const char *qualities;
    const char *salary;
    const char *trends;
    const char *demand;
    const char *path;
    const char *leaving;
    const char *advice;
    const char *otherFields;
    const char *learned;
    const char *stillWant;
    const char *nextSteps;
    const char *products;
    const char *services;
    const char *competeFor;
    const char *news;
};

const FieldInfo kFields[] = {
    {"UX research", "15-1255",
     "Studying how people use products and services — through interviews, usability tests and surveys — so "
     "that design teams build the right thing.",
     "https://outlook.example/occupations/ux-researcher\nhttps://uxguild.example/what-we-do",
     {"Software", "Financial technology", "Design consultancy"},
     {"Labs", "Design Studio", "Software", "Interactive", "Digital"},
     {{"UX Researcher", false}, {"Research Operations Coordinator", false}, {"Senior UX Researcher", false},
      {"Quantitative UX Researcher", false}, {"Lead User Researcher", false}, {"Design Research Manager", false}},
     "the UX Research Guild",
     "Mornings go to planning studies with product managers and designers, afternoons to two or three "
     "sessions with users, then to sorting notes with the team. About a third of the week is writing up findings.",
     "A research team of four inside a product group; hybrid, with office days kept for workshops.",
     "Watching a team change a design because of something a participant said.",
     "Recruiting participants and chasing consent forms takes longer than expected, and research gets skipped "
     "when deadlines loom.",
     "Came from psychology and market research; a portfolio project on a library app led to a first contract role.",
     "A degree in psychology, anthropology, human-computer interaction or similar is common. A master's helps for "
     "research-heavy roles, but a portfolio of real studies counts for more.",
     "New researchers shadow a senior colleague for a month and take an internal course on research ethics and consent.",
     "Interviewing without leading the person, writing a clear study plan, enough statistics for surveys, and "
     "turning messy notes into a story a team can act on.",
     "Curiosity, patience with ambiguity, and the nerve to tell a team what it would rather not hear.",
     "Entry roles in the region sit in the lower-middle of tech pay; senior researchers earn noticeably more and "
     "contract rates vary widely. The guild's yearly survey is the best public source.",
     "Teams expect researchers to run their own quantitative analysis; AI tools speed up transcription and "
     "tagging but raise questions about participants' privacy.",
     "Hiring slowed over the last two years; teams that kept researchers now look for people who can show impact.",
     "Researcher, then senior and lead or manager; some move into product management or research operations.",
     "Burnout from being the only researcher for several teams, or a move to product roles with more say in decisions.",
     "Run a small study for a local nonprofit and write it up as a case study — show the process, not only the result.",
     "Service design and research operations use the same skills with a different emphasis.",
     "UX research is closer to teaching than I expected: planning, facilitating and explaining.",
     "How research teams measure their own impact, and how much statistics I really need.",
     "Ask the public library whether I could run a small usability study; join the guild's monthly meetup.",
     "%1 builds booking and scheduling apps for clinics and fitness studios, and a white-label mobile app platform.",
     "Usability testing and discovery research for outside clients, with an in-house panel of about 2,000 participants.",
     "design and research contracts with mid-sized software companies",
     "opened a research lab with two observation rooms"},
    {"Data science", "15-2051",
     "Using statistics, programming and knowledge of the domain to answer questions with data and to build "
     "models that support decisions.",
     "https://outlook.example/occupations/data-scientist\nhttps://datacollective.example/learn",
     {"Software", "Retail analytics", "Health data"},
     {"Analytics", "Data Works", "Insights", "Forecasting", "Signal Lab"},
     {{"Data Analyst", false}, {"Analytics Engineer", false}, {"Data Scientist", false},
      {"Senior Data Scientist", false}, {"Machine Learning Engineer", false}, {"Head of Data Science", true}},
     "the Regional Data Collective",
     "Stand-up at nine, then most of the day in notebooks and SQL: cleaning data, checking a model, and one or "
     "two meetings to explain results to colleagues who are not technical.",
     "A central data team of twelve serving several departments; mostly remote, with one shared office day a week.",
     "Finding the one chart that settles a long argument.",
     "Cleaning data is most of the job, and some models never reach production.",
     "Studied economics, learned Python to automate spreadsheets in a first analyst job, then moved into modelling.",
     "A quantitative degree (statistics, economics, computer science, physics) is usual. Many teams accept a "
     "strong portfolio and a certificate for analyst roles; research roles often ask for a master's.",
     "Two weeks of onboarding on the data warehouse and code review, and a yearly budget for courses.",
     "SQL first, then Python or R, statistics (experiment design above all), and explaining uncertainty in plain words.",
     "Scepticism about one's own results, and the habit of asking which decision the analysis will change.",
     "Analyst roles start lower than data scientist roles; the step up comes with modelling and engineering "
     "skills. The collective's public survey shows the regional spread.",
     "Generative AI takes over routine code; the value is moving to framing questions, data quality and governance.",
     "Steady demand for analysts in health care and local government; fewer junior openings at tech firms.",
     "Analyst, data scientist, senior; then either management or a specialist track such as machine learning "
     "engineering or experimentation.",
     "Frustration when the work is not used, or a move into product and strategy roles.",
     "Pick a public dataset about the city, answer one real question, and publish the notebook with a short write-up.",
     "Analytics engineering and public-sector analytics are less crowded ways in.",
     "Most of the work is cleaning data and explaining results; the modelling is the small part.",
     "Whether teaching experience counts as communicating results on a résumé.",
     "Finish the SQL course; publish one notebook on the city's open transit data.",
     "%1 sells a demand-forecasting tool for grocery chains and a dashboard product for regional retailers.",
     "Data strategy consulting and custom models for clients in health care and logistics.",
     "forecasting contracts with regional retailers",
     "launched a forecasting product for small grocery chains"},
    {"Nursing", "29-1141",
     "Caring for patients in hospitals, clinics and communities: assessment, treatment, teaching and "
     "coordination of care.",
     "https://outlook.example/occupations/registered-nurse\nhttps://nursingboard.example/licensure",
     {"Hospital", "Community health", "Home care"},
     {"Health", "Community Clinic", "Medical Center", "Care Network", "Family Health Center"},
     {{"Registered Nurse", false}, {"Public Health Nurse", false}, {"Charge Nurse", false},
      {"Clinical Nurse Educator", false}, {"Nurse Manager", false}, {"Nurse Practitioner (DNP)", true}},
     "the State Nurses Association",
     "Twelve-hour shifts start with handover at seven; the day is medication rounds, assessments, charting, and "
     "teaching patients and families, with very little sitting down.",
     "A medical-surgical unit with about thirty nurses; teamwork across shifts matters more than anything.",
     "Seeing a patient go home able to manage their own care.",
     "Short staffing and the amount of documentation.",
     "Worked as a nursing assistant during school, then took an accelerated nursing degree after a first degree in biology.",
     "An associate degree or a bachelor's in nursing, then the licensing exam. Accelerated programmes exist for "
     "people who already hold a bachelor's.",
     "A paid residency for the first year, with a preceptor on every shift.",
     "Clinical assessment, calm communication under pressure, setting priorities, and careful documentation.",
     "Empathy with boundaries, stamina, and attention to detail.",
     "New graduates start on a published union pay scale; shift differentials and certifications add to it. The "
     "scale is public, so there is no need to guess.",
     "More care moves into homes and clinics; telehealth triage and an ageing population keep demand high.",
     "Strong — every hospital in the region is recruiting.",
     "Staff nurse, charge nurse, then educator or manager; or further study to become a nurse practitioner.",
     "Burnout from short staffing; some move to outpatient clinics or teaching.",
     "Work or volunteer as a nursing assistant first to be sure; the prerequisites take a year, so start early.",
     "Public health nursing and school nursing suit people who like teaching.",
     "Teaching patients is a large part of nursing — my classroom years count for something here.",
     "How accelerated programmes arrange clinical placements for career changers.",
     "Ask about shadowing a shift; check the prerequisite courses at the community college.",
     "%1 runs a 40-bed community hospital wing and three walk-in clinics.",
     "Primary care, maternity care, home-visit nursing and a diabetes education programme.",
     "nurses and patients in the eastern suburbs",
     "started a home-care nursing team"},
    {"Urban planning", "19-3051",
     "Shaping how land is used — housing, transport, parks — through plans, zoning, public engagement and analysis.",
     "https://outlook.example/occupations/urban-planner\nhttps://planners.example/become-a-planner",
     {"Local government", "Planning consultancy", "Transit agency"},
     {"Planning Collaborative", "Urban Design", "Transit Partners", "Community Planning", "Land Use Consultants"},
     {{"Planning Technician", false}, {"GIS Analyst", false}, {"Associate Planner", false},
      {"Transportation Planner", false}, {"Senior Planner", false}, {"Planning Director", false}},
     "the Regional Planning Association",
     "Reviewing development applications against the zoning code, a site visit or two, and evening community "
     "meetings about twice a month.",
     "A city planning department of fifteen; public-facing, with a lot of coordination between departments.",
     "Walking past a plaza one helped to shape years ago.",
     "Slow approvals and heated public meetings.",
     "A geography degree, an internship in the county GIS office, then a master's in planning.",
     "Most planner roles ask for a master's in planning or a related field; technician roles accept a bachelor's "
     "with GIS skills.",
     "Certification after a few years of practice; the department pays for GIS courses.",
     "GIS, reading and writing clear reports, public speaking, and running meetings with people who disagree.",
     "Patience, diplomacy, and thinking in decades.",
     "Public-sector pay scales are published by the city; consultancies pay somewhat more at senior levels.",
     "Housing reform, adapting to a changing climate, and transport planning that leans on data.",
     "Steady; many planners retire in the next ten years.",
     "Technician, associate, senior planner, then manager or director; some go into consulting.",
     "Frustration with politics, or a move to development or advocacy.",
     "Attend a planning commission meeting and read one staff report before applying anywhere.",
     "Transport modelling and community development are close cousins.",
     "Running public meetings is a core skill — and I have run parent evenings for years.",
     "Whether a GIS certificate is enough to start as a technician.",
     "Go to the next planning commission meeting; look at the GIS certificate at the college.",
     "%1 prepares comprehensive plans, zoning updates and corridor studies for small cities.",
     "Community engagement, GIS mapping and transport studies for public agencies.",
     "comprehensive-plan contracts with small cities",
     "won a contract to redesign a downtown corridor"},
    {"Environmental engineering", "17-2081",
     "Designing systems that protect water, air and soil: treatment plants, clean-up of polluted sites, "
     "stormwater and environmental compliance.",
     "https://outlook.example/occupations/environmental-engineer\nhttps://enviroeng.example/students",
     {"Engineering consultancy", "Water utility", "Environmental services"},
     {"Environmental", "Water Engineering", "Geosciences", "Consulting Engineers", "Remediation Group"},
     {{"Engineer in Training", false}, {"Environmental Compliance Specialist", false}, {"Project Engineer", false},
      {"Water Resources Engineer", false}, {"Senior Environmental Engineer", false}, {"Principal Engineer", false}},
     "the Society of Water and Environment Engineers",
     "Half the week in the office on designs and permit reports, the other half on sites: sampling, checking "
     "contractors' work, meeting clients.",
     "A consultancy of sixty engineers and scientists, working in project teams of three to six.",
     "Seeing a restored creek run clear after a project.",
     "Permit paperwork and long waits for the regulators.",
     "A civil engineering degree, a summer job sampling groundwater, then hired on after graduating.",
     "A bachelor's in environmental, civil or chemical engineering; the professional licence follows the "
     "fundamentals exam and four years of experience.",
     "Structured mentoring towards the licence, and safety training before any site work.",
     "Hydraulics and water chemistry, CAD and modelling tools, technical writing, and site safety.",
     "Care with numbers, comfort outdoors, and a knack for explaining risk to clients.",
     "Entry engineers start around the middle of engineering pay; the professional licence is the main step up. "
     "The society publishes a salary survey.",
     "Stricter rules on PFAS chemicals, stormwater designed for heavier rain, and more sensors and modelling.",
     "High — infrastructure funding means more projects than engineers.",
     "Engineer in training, project engineer, project manager, principal.",
     "Travel and long field days; some move to utilities or government for steadier hours.",
     "Take the fundamentals exam soon after the degree, while the maths is fresh.",
     "Environmental science and compliance roles need less engineering background.",
     "Without an engineering degree the realistic doors are compliance and field technician roles.",
     "Whether a master's in environmental engineering would accept a science-teaching background.",
     "Ask about the bridging programme at the university; read the society's student guide.",
     "%1 designs stormwater systems, small water-treatment plants and plans for cleaning up polluted sites.",
     "Environmental site assessments, permitting support and groundwater monitoring.",
     "municipal stormwater and site clean-up projects",
     "started a two-year project to restore an urban creek"},
    {"Public policy", "19-3094",
     "Researching problems and options for governments and nonprofits, so that decisions rest on evidence.",
     "https://outlook.example/occupations/policy-analyst\nhttps://policyforum.example/careers",
     {"Think tank", "Nonprofit", "State government"},
     {"Policy Institute", "Research Council", "Civic Lab", "Foundation", "Policy Center"},
     {{"Research Assistant", false}, {"Legislative Aide", false}, {"Policy Analyst", false},
      {"Program Evaluator", false}, {"Senior Policy Analyst", false}, {"Research Director", true}},
     "the Policy Analysis Forum",
     "Reading research and data in the morning, drafting a brief or memo, and meetings with legislative staff or "
     "community groups in the afternoon.",
     "A nonprofit institute of twenty-five people; the rhythm follows the legislative session.",
     "Hearing a brief quoted in a committee hearing.",
     "Long waits before any impact shows, and funding that depends on grants.",
     "A political science degree, a legislative internship, then a research assistant post at the institute.",
     "A bachelor's leads to research assistant roles; analyst roles usually want a master's in public policy or "
     "administration.",
     "Coaching on writing briefs, and data training in R or Stata.",
     "Writing short and clear, quantitative analysis, knowing how a bill becomes law, and interviewing stakeholders.",
     "Even-handedness, persistence, and a thick skin for criticism.",
     "Nonprofit ranges run below government and consulting; the forum's yearly survey gives the spread by role.",
     "More demand for evaluation and data work; technology and AI policy is a growing area.",
     "Competitive for analyst roles; evaluation and data skills stand out.",
     "Research assistant, analyst, senior analyst, director; or over into government.",
     "Wanting to carry out policy rather than advise on it; pay.",
     "Write a two-page brief on an education issue known from teaching, and share it.",
     "Program evaluation and education policy would use a teaching background directly.",
     "Education policy would make direct use of my classroom experience.",
     "Which master's programmes can be done part-time.",
     "Draft a two-page brief on teacher retention and ask for feedback on it.",
     "%1 publishes policy briefs, a yearly guide to the state budget, and evaluation reports.",
     "Program evaluations for state agencies and testimony for legislative committees.",
     "evaluation contracts and foundation grants",
     "released a report on rural broadband access"},
    {"Occupational therapy", "29-1122",
     "Helping people of all ages take part in daily life — work, school, caring for themselves — after illness or "
     "injury, or with a disability.",
     "https://outlook.example/occupations/occupational-therapist\nhttps://otassociation.example/students",
     {"Rehabilitation", "School services", "Outpatient clinic"},
     {"Rehabilitation", "Therapy Partners", "Pediatric Therapy", "Hand Clinic", "Rehab Center"},
     {{"Certified OT Assistant", false}, {"Occupational Therapist", false}, {"Pediatric Occupational Therapist", false},
      {"Senior Occupational Therapist", false}, {"Rehabilitation Manager", false}, {"Clinical Specialist (OTD)", true}},
     "the State Occupational Therapy Association",
     "Eight to ten sessions of 45 minutes, school visits two days a week, and documentation between sessions.",
     "An outpatient clinic shared with physical and speech therapists; many cases are shared too.",
     "Small wins — a child buttoning a coat for the first time.",
     "Insurance paperwork and productivity targets.",
     "A psychology degree, work as a rehabilitation aide, then a master's in occupational therapy.",
     "An entry-level master's or doctorate in occupational therapy, fieldwork placements, and the national "
     "certification exam.",
     "Continuing education every year to keep the licence; the clinic pays for one course.",
     "Analysing activities, creativity in adapting tasks, clear notes, and working with families.",
     "Patience, creativity, and a problem-solving habit.",
     "Ranges are published by the association; school-based roles pay less than hospital roles but follow the "
     "school calendar.",
     "Telehealth sessions, and more work in schools and with older adults living at home.",
     "Strong, above all in paediatrics and with older adults.",
     "Therapist, senior therapist, then a specialist certification or clinic management.",
     "Productivity pressure in some settings; moves to school-based roles.",
     "Programmes require observation hours — start logging them now.",
     "Special education and assistive technology are worth a look.",
     "School-based occupational therapy overlaps a lot with my work with students on learning plans.",
     "How many observation hours the programmes expect.",
     "Arrange observation hours at the clinic; check the anatomy prerequisites.",
     "%1 runs two outpatient clinics and a school-services team.",
     "Paediatric therapy, hand therapy after injuries, and home-safety assessments for older adults.",
     "school-district contracts and referrals from local hospitals",
     "started a telehealth programme for rural schools"},
};

constexpr int kFieldCount = int(sizeof(kFields) / sizeof(kFields[0]));

const char *const kOrgPrefixes[] = {
    "Alder", "Bluewater", "Cedarline", "Driftwood", "Emberly", "Fernwood", "Granite Bay", "Harborlight",
    "Ironbark", "Juniper", "Kestrel", "Lanternway", "Millbrook", "Northwind", "Oakhaven", "Pinecrest",
    "Quarry Hill", "Riverbend", "Saltmarsh", "Tidewater", "Upland", "Vantage Point", "Willowbank", "Yarrow",
    "Zephyr", "Amberfield", "Brightwater", "Copperleaf", "Dovetail", "Eastgate", "Foxglove", "Goldfinch",
    "Heronfield", "Indigo Lake", "Jasperline", "Kingfisher", "Larkspur", "Marigold", "Nettlefield", "Orchard Row",
    "Prairie Star", "Quillon", "Redwing", "Silverline", "Thistledown", "Umberwood", "Verdant", "Wrenfield",
    "Aspen Ridge", "Brambleway", "Cloudberry", "Duskwood", "Elmstead", "Fairwind", "Glasswing", "Hollowell",
    "Ivywood", "Lakeshire", "Moonstone", "Nightjar",
};
constexpr int kOrgPrefixCount = int(sizeof(kOrgPrefixes) / sizeof(kOrgPrefixes[0]));

const char *const kCities[] = {
    "Port Ellis", "Northfield Heights", "Lakemont", "Riverton Falls", "Cedar Hollow", "Easton Bay",
    "Millhaven", "Westbrook Park", "Fairmoor", "Oakridge Point", "Silver Lake", "Harrow Junction",
};
const char *const kStreets[] = {
    "Harbor Way", "Linden Avenue", "Market Street", "Foundry Lane", "Mill Road", "Canal Street",
    "Orchard Avenue", "Station Plaza", "Prospect Boulevard", "Union Square", "Riverside Drive", "College Avenue",
};
const char *const kCafes[] = {
    "Bluebird Café, 12 Market Street", "the Foundry Coffee House, 230 Foundry Lane",
    "Common Grounds, 8 Union Square", "the café in the central library, 1 College Avenue",
};
const char *const kAreaCodes[] = {"312", "217", "414", "608", "651", "319", "515", "816"};

const char *const kTags[] = {
    "alumni", "career changer", "panelist", "warm intro", "met in person", "mentor", "association member",
    "bilingual", "remote", "senior", "early career", "volunteer", "teacher background",
};
enum TagIndex { TagAlumni, TagCareerChanger, TagPanelist, TagWarmIntro, TagMetInPerson, TagMentor, TagAssociation,
                TagBilingual, TagRemote, TagSenior, TagEarlyCareer, TagVolunteer, TagTeacherBackground, TagCount };

struct Source
{
    const char *text;
    const char *meNote;   // what the "Me" referral says about it
    int tag;              // a tag that goes with it, or -1
};
const Source kSources[] = {
    {"Career fair (spring)", "Talked at the stand at the spring career fair.", TagPanelist},
    {"Alumni directory", "Found in the alumni directory; studied at my university.", TagAlumni},
    {"LinkedIn search", "Found through a LinkedIn search for the field in the region.", -1},
    {"Professional association meetup", "Met at a meetup of the professional association.", TagAssociation},
    {"Organization website", "Listed on the team page of the organization's website.", -1},
    {"Career center panel", "Spoke on the career center's panel about the field.", TagPanelist},
    {"Former colleague", "We taught at the same school before the career change.", TagTeacherBackground},
    {"Friend of a friend", "A friend from my book club knows them from university.", -1},
    {"Trade journal article", "Wrote an article in a trade journal I read.", -1},
    {"Professor suggested", "My statistics professor suggested the name.", -1},
};

// What an answer in the sample draws on: one of the field's facts, or nothing field-specific.
enum Fact {
    FactNone, FactTypicalDay, FactEnvironment, FactLikes, FactDislikes, FactRewards, FactStart, FactEducation,
    FactTraining, FactSkills, FactQualities, FactSalary, FactTrends, FactDemand, FactPath, FactAgain, FactLeaving,
    FactAdvice, FactOtherFields, FactAssociations, FactFeedback, FactReferrals, FactKeepInTouch
};

// A question of the shipped bank (resources/questions/default-bank.json, by key) as the sample
// uses it: how often it lands on an interview's list, and what people answered. The canned answers
// fit any field, so that comparing one question across a field's interviews shows different voices;
// the field's own fact is one more possible answer.
struct SampleQuestion
{
    const char *key;
    Fact fact;
    bool common;             // picked far more often than the others
    const char *canned[3];   // Markdown; nullptr when there are fewer
};

const char kReferralKey[] = "referrals.who-else";
const char kKeepInTouchKey[] = "closing.keep-in-touch";
const char kTypicalDayKey[] = "day.typical";
const char kStoryKey[] = "start.story";

const SampleQuestion kSampleQuestions[] = {
    {"day.typical", FactTypicalDay, true,
     {"- Mornings: a short team check-in, then two or three hours of focused work.\n"
      "- Afternoons go to meetings with other departments.\n- *No two days are quite alike.*",
      "About **half the week is planned**; the other half reacts to whatever comes in. The quiet Friday "
      "afternoons are where the real thinking happens.",
      "Walked me through yesterday: e-mail first, a long review session, lunch with someone from another team, "
      "and an hour writing up notes."}},
    {"start.story", FactStart, true,
     {"Came in sideways: started in a support role, volunteered for a project nobody wanted, and **never left**.",
      "- Studied something unrelated.\n- A mentor at a first employer pointed the way.\n"
      "- An evening course filled the gaps.",
      "Followed a friend's tip more than a plan; said luck played a bigger part than people admit."}},
    {"education.credentials", FactEducation, true,
     {"A degree helps with the first screening, but **a portfolio of real work** matters more after that.",
      "- The standard certificate is expected within two years.\n- A master's degree is welcome but rarely required.",
      "Employers care less about *which* degree than about evidence that you learn quickly."}},
    {"qualities.skills", FactSkills, true,
     {"**Writing** clearly, listening without jumping to conclusions, and being at ease with ambiguity.",
      "- Keeping several projects moving at once.\n- Explaining technical things to non-specialists.\n- Patience.",
      "The tools can be taught in weeks; judgement and communication take years."}},
    {"likes.best", FactLikes, true,
     {"The variety — and seeing the work **change something** for real people.",
      "- Colleagues who care.\n- Learning something new every month.\n- The moment a hard problem finally clicks.",
      "The independence: nobody says *how* to do the work, only what it should achieve."}},
    {"challenges.hardest", FactDislikes, true,
     {"Competing deadlines, and saying no to people politely.",
      "- Budget cuts that arrive without warning.\n- Explaining why good work takes time.",
      "**Keeping up.** The field changes faster than any one person can follow."}},
    {"paths.advancement", FactPath, true,
     {"Junior, then experienced, then lead within five to eight years; after that a choice between managing "
      "people and a specialist track.",
      "- Most people change organizations to move up.\n- Promotions from within are slower but do happen.",
      "Less a ladder than a *lattice*: sideways moves often pay off later."}},
    {"salary.entry-range", FactSalary, true,
     {"Gave a rough range for newcomers and pointed me to the association's yearly **salary survey** for real "
      "numbers.",
      "- Starting ranges vary a lot from city to city.\n- The public sector starts lower but has better benefits.",
      "Said the government's occupation outlook pages are close to what people actually see."}},
    {"trends.changing", FactTrends, true,
     {"**Automation** is taking over the routine parts; judgement and relationships matter more than ever.",
      "- More remote and hybrid teams.\n- Tighter budgets.\n- New rules coming into force next year.",
      "The biggest change is who the clients are: younger, more demanding, and expecting everything online."}},
    {"advice.entering", FactAdvice, true,
     {"**Talk to people** — exactly what I am doing — and keep notes on what you hear.",
      "- Build one small project you can show.\n- Join the association as a student member.\n"
      "- Don't wait until you feel ready.",
      "Be curious and humble for the first year, and ask the questions nobody else asks."}},
    {"reading.associations", FactAssociations, true,
     {"Recommended the local chapter's monthly meetups; said that is where people actually get to know each other.",
      "- A weekly newsletter most people in the field read.\n- A podcast of conversations with practitioners.",
      nullptr}},
    {"feedback.gaps", FactFeedback, true,
     {"- Teaching counts: planning, explaining and managing a room are real skills here.\n"
      "- Name the transferable parts explicitly; don't make people guess.",
      "- The certificate helps, but one real project would say more.\n"
      "- Lead with the *problem* I solved in the classroom, then the tools.",
      "My background is unusual in a good way; the vocabulary of the field is what I should work on."}},
    {"day.environment", FactEnvironment, false, {nullptr, nullptr, nullptr}},
    {"education.employer-training", FactTraining, false, {nullptr, nullptr, nullptr}},
    {"qualities.personal", FactQualities, false, {nullptr, nullptr, nullptr}},
    {"likes.rewarding-moment", FactRewards, false, {nullptr, nullptr, nullptr}},
    {"challenges.leaving", FactLeaving, false, {nullptr, nullptr, nullptr}},
    {"paths.start-over", FactAgain, false, {nullptr, nullptr, nullptr}},
    {"trends.demand", FactDemand, false, {nullptr, nullptr, nullptr}},
    {"feedback.other-fields", FactOtherFields, false, {nullptr, nullptr, nullptr}},
    {"outlook.opportunities", FactNone, false, {nullptr, nullptr, nullptr}},
    {"salary.growth", FactNone, false, {nullptr, nullptr, nullptr}},
    {"advice.mistakes", FactNone, false, {nullptr, nullptr, nullptr}},
    {"tiara.resources", FactNone, false, {nullptr, nullptr, nullptr}},
    {"tiara.assignments", FactNone, false, {nullptr, nullptr, nullptr}},
    {"closing.anything-else", FactNone, false, {nullptr, nullptr, nullptr}},
    {"closing.keep-in-touch", FactKeepInTouch, false,
     {"Yes — happy to hear how things go. Suggested an update in about six weeks.",
      "Of course; e-mail works best, and a short note after the next course would be welcome.",
      "Gladly. Asked me to send the article I mentioned and to check in again in spring."}},
    {"referrals.who-else", FactReferrals, false, {nullptr, nullptr, nullptr}},
};

// Said about a question that the sample has nothing specific for.
const char *const kGenericAnswers[] = {
    "Talked about this briefly; said it depends a lot on the organization.",
    "- Gave two concrete examples.\n- Suggested I ask the next person the same question and compare.",
    "Answered at length — the gist is in my reflection notes.",
    "Said it is a good question and thought about it for a while: *it changes every few years*.",
};

// The user's own questions, next to the shipped bank. The second is one the bank flags: it asks
// about the person's own pay, which is what the caution check is for.
const char kOwnCategory[] = "My own questions";
const char *const kOwnQuestions[] = {
    "What surprised you most about the people who move into this field from teaching?",
    "How much pay do you take home in this role?",
};

struct QuestionSetInfo
{
    const char *name;
    const char *description;
    const char *keys[10];   // shipped keys, nullptr ends the list
};
const QuestionSetInfo kQuestionSets[] = {
    {"First conversation (20 minutes)",
     "A short first talk: the work, the way in, the outlook, and names to talk to next.",
     {"day.typical", "start.story", "education.credentials", "qualities.underrated", "trends.changing",
      "advice.entering", kReferralKey, nullptr}},
    {"Career changer (30 minutes)",
     "For a longer talk when my teaching background is on the table: paths, pay ranges, and honest feedback.",
     {"start.story", "day.typical", "start.entry-prep", "feedback.gaps", "feedback.other-fields", "paths.advancement",
      "salary.entry-range", "reading.associations", kKeepInTouchKey, kReferralKey}},
    {"TIARA (20 minutes)",
     "Trends, insights, advice, resources and assignments, then names.",
     {"tiara.trends", "tiara.insights", "tiara.advice", "tiara.resources", "tiara.assignments", kReferralKey,
      nullptr}},
};

const char *const kExtraRemarks[] = {
    "Said this is the question most students forget to ask.",
    "Pointed out that job titles differ a lot between employers.",
    "Noted that the answer is quite different in large and small organizations.",
    "Suggested comparing this with what others in the field say.",
    "Laughed and said it depends on the week.",
    "Gave a concrete example from a recent project.",
    "Recommended writing down terms to look up afterwards.",
    "Thought about it for a while before answering — seemed to matter.",
};

const char *const kCheckIns[] = {
    "Shared the notebook I published; got two suggestions back.",
    "Told them I finished the evening course; they were pleased.",
    "Sent an article they might like, with a short update.",
    "Quick check-in call; they asked how the job search is going.",
    "Let them know I talked with the person they suggested.",
};

const char *const kImpressions[] = {
    "Warm and generous with time; we ended right on schedule.",
    "Very direct, which I appreciated.",
    "Busy and a little rushed, but the advice was concrete.",
    "Enthusiastic; offered to answer more questions by e-mail.",
    "Thoughtful and candid about the hard parts of the job.",
    "Quiet at first, then opened up when we talked about teaching.",
};

const char *const kPurposes[] = {
    "Learn what an ordinary week in %1 looks like%2",
    "Understand how people move into %1 from teaching",
    "Ask about education paths into %1 and get feedback on my plan",
    "Get a realistic picture of %1 before choosing a course",
    "Hear how the work in %1 is changing%2",
};

// ---- Helpers -------------------------------------------------------------------------------

// Lower-case ASCII for e-mail addresses and profile links: accents dropped, a few letters that
// do not decompose spelled out, spaces and apostrophes removed, hyphens kept when asked.
QString asciiSlug(const QString &text, bool keepHyphens)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        const ushort u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            out += c;
        } else if (u >= 'A' && u <= 'Z') {
            out += QChar(u + ('a' - 'A'));
        } else if (u == '-' || u == ' ') {
            if (keepHyphens && !out.isEmpty() && !out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
        } else if (u == 0x0141 || u == 0x0142) {
            out += QLatin1Char('l');
        } else if (u == 0x0131) {
            out += QLatin1Char('i');
        } else if (u == 0x00D8 || u == 0x00F8) {
            out += QLatin1Char('o');
        } else if (u == 0x00DF) {
            out += QStringLiteral("ss");
        } else if (u == 0x0110 || u == 0x0111) {
            out += QLatin1Char('d');
        }
    }
    return out;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

// "2026-03-14T15:00:00Z" for minutes after midnight UTC of @p day (may run past midnight).
QString instantText(QDate day, int utcMinutes)
{
    day = day.addDays(utcMinutes / 1440);
    utcMinutes %= 1440;
    return dayText(day) + QLatin1Char('T') + twoDigits(utcMinutes / 60) + QLatin1Char(':') + twoDigits(utcMinutes % 60)
        + QStringLiteral(":00Z");
}

// The user lives in US Central time. The daylight-saving rule is computed here rather than read
// from the system's time-zone data, so the sample is the same on every machine.
int centralUtcOffsetHours(QDate day)
{
    const auto nthSunday = [](int year, int month, int n) {
        const QDate first(year, month, 1);
        return first.addDays((7 - first.dayOfWeek()) % 7 + 7 * (n - 1));
    };
    const QDate begins = nthSunday(day.year(), 3, 2);
    const QDate ends = nthSunday(day.year(), 11, 1);
    return day >= begins && day < ends ? -5 : -6;
}

QString localInstant(QDate day, int localMinutes)
{
    return instantText(day, localMinutes - centralUtcOffsetHours(day) * 60);
}

// The next working day from @p day: no weekends, and nobody meets between Christmas Eve and New Year's Day.
QDate weekday(QDate day)
{
    if ((day.month() == 12 && day.day() >= 24) || (day.month() == 1 && day.day() == 1))
        day = QDate(day.month() == 12 ? day.year() + 1 : day.year(), 1, 2);
    if (day.dayOfWeek() == 6)
        return day.addDays(2);
    if (day.dayOfWeek() == 7)
        return day.addDays(1);
    return day;
}

// A field's name inside a sentence: "data science", but "UX research".
QString inSentence(const char *fieldName)
{
    QString name = u8(fieldName);
    if (name.size() > 1 && !name.at(1).isUpper())
        name[0] = name.at(0).toLower();
    return name;
}

QString monthYear(QDate day)
{
    return QLocale::c().toString(day, QStringLiteral("MMMM yyyy"));
}

const QVariant &nullId()
{
    static const QVariant value{QMetaType::fromType<qint64>()};
    return value;
}

const QVariant &nullText()
{
    static const QVariant value{QMetaType::fromType<QString>()};
    return value;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

const char *factText(const FieldInfo &f, Fact fact)
{
    switch (fact) {
    case FactTypicalDay: return f.typicalDay;
    case FactEnvironment: return f.environment;
    case FactLikes: return f.likes;
    case FactDislikes: return f.dislikes;
    case FactRewards: return f.likes;
    case FactStart: return f.start;
    case FactEducation: return f.education;
    case FactTraining: return f.training;
    case FactSkills: return f.skills;
    case FactQualities: return f.qualities;
    case FactSalary: return f.salary;
    case FactTrends: return f.trends;
    case FactDemand: return f.demand;
    case FactPath: return f.path;
    case FactAgain: return f.path;
    case FactLeaving: return f.leaving;
    case FactAdvice: return f.advice;
    case FactOtherFields: return f.otherFields;
    case FactNone:
    case FactAssociations:
    case FactFeedback:
    case FactReferrals:
    case FactKeepInTouch: break;
    }
    return "";
}

// ---- The writer ----------------------------------------------------------------------------

struct Org
{
    qint64 id = 0;
    int field = 0;
    QString name;
    QString domain;
    QString address;
};

// An interviewee who offered names at the end of a conversation and still has some to give.
struct Giver
{
    qint64 personId = 0;
    qint64 interviewId = 0;
    QDate day;
    QString name;
    int remaining = 0;
};

// A shipped question as this workspace's bank holds it.
struct BankRow
{
    qint64 id = 0;
    QString text;
    double minutes = 2;
};

struct Attempt
{
    QDate day;
    int localMinutes = 0;
    int channel = kChannelEmail;
    int result = kResultWaiting;
    QString note;
    bool forInterview = false;
};

class Writer
{
public:
    Writer(Database &db, const SampleOptions &options)
        : m_db(db)
        , m_options(options)
        , m_rng(quint64(options.seed) * 0x2545F4914F6CDD1DULL + 0x632BE59BD9B4E019ULL)
        , m_questionRng(quint64(options.seed) * 0x9FB21C651E98DF25ULL + 0x51A7E5C0FFEE1234ULL)
        , m_personSeed(quint64(options.seed) * 0xBF58476D1CE4E5B9ULL + 0x94D049BB133111EBULL)
        , m_today(options.today)
        , m_start(options.today.addDays(-170))
        , m_slotCapacity(qMax(1, options.people / 400))
    {
    }

    bool run(QString *error, SampleSummary *summary);

private:
    bool prepare(QSqlQuery &q, const char *sql);
    bool insert(QSqlQuery &q, std::initializer_list<QVariant> values);
    bool refuseIfNotEmpty();
    bool writeProfile();
    bool writeFields();
    bool writeOrganizations();
    bool writeTags();
    bool writeQuestions();
    bool writeTemplates();
    bool writePerson(int index);
    bool writeDismissal();
    bool writeInterviewQuestions(qint64 interviewId, const FieldInfo &field, int minutes, bool done, int referrals);
    bool writeNote(const char *column, qint64 id, const QString &title, const QString &body, QDate day);
    bool writeFollowUp(qint64 personId, qint64 interviewId, int kind, const QString &due, const QVariant &doneAt,
                       const QString &note, QDate created);
    QString answer(const FieldInfo &field, const SampleQuestion &question, int referrals);
    QString orgName(int field, int indexInField) const;
    QString phoneNumber();
    int freeSlot(QDate &day, int localMinutes);

    Database &m_db;
    SampleOptions m_options;
    Random m_rng;
    Random m_questionRng; // interview questions and answers only
    quint64 m_personSeed;
    QDate m_today;
    QDate m_start;
    QString m_error;     // the SQL error that stopped the writer
    QString m_message;   // a full sentence for the user, when the writer refused
    SampleSummary m_summary;

    QSqlQuery m_person, m_personTag, m_personField, m_interview, m_referral, m_outreach, m_interviewQuestion,
        m_note, m_followUp;

    std::vector<Org> m_orgs;
    std::vector<Giver> m_givers;
    QSet<QString> m_emails;
    QHash<qint64, int> m_slots;
    int m_slotCapacity = 1;
    qint64 m_fieldIds[kFieldCount] = {};
    qint64 m_tagIds[TagCount] = {};
    QHash<QString, BankRow> m_bank; // the shipped questions of the workspace, by key
    qint64 m_nextInterviewId = 1;
    qint64 m_nextNoteId = 1;
    qint64 m_nextFollowUpId = 1;
    qint64 m_nextReferralId = 1;
    qint64 m_nextOutreachId = 1;
    qint64 m_nextInterviewQuestionId = 1;
    qint64 m_firstInterviewOfSecondPerson = 0;
    QDate m_secondPersonInterviewDay;
    bool m_snoozedOne = false;
    int m_longOverdueKept = 0;
};

bool Writer::prepare(QSqlQuery &q, const char *sql)
{
    q = QSqlQuery(m_db.connection());
    if (q.prepare(QString::fromLatin1(sql)))
        return true;
    m_error = q.lastError().text();
    return false;
}

bool Writer::insert(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    // Qt binds a null QString as SQL NULL; only the explicit nullText() is meant to be NULL.
    int position = 0;
    for (const QVariant &value : values) {
        if (!value.isNull() && value.typeId() == QMetaType::QString)
            q.bindValue(position++, sqlText(value.toString()));
        else
            q.bindValue(position++, value);
    }
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool Writer::refuseIfNotEmpty()
{
    QSqlQuery q(m_db.connection());
    // The search index (search_index and its FTS5 tables) only mirrors the other tables.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT IN ('settings', 'profile', 'search_index') "
                               "AND name NOT GLOB 'search_index_*' ORDER BY name"))) {
        m_error = q.lastError().text();
        return false;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    int people = 0;
    int organizations = 0;
    int others = 0;
    for (const QString &table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        // Every new workspace holds the shipped question bank: it does not count as content.
        QString sql = QStringLiteral("SELECT count(*) FROM \"") + quoted + QStringLiteral("\"");
        if (table == QLatin1String("questions"))
            sql += QStringLiteral(" WHERE builtin_key IS NULL");
        else if (table == QLatin1String("question_categories"))
            sql += QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM questions WHERE questions.category_id = "
                                  "question_categories.id AND questions.builtin_key IS NOT NULL)");
        if (!q.exec(sql) || !q.next()) {
            m_error = q.lastError().text();
            return false;
        }
        const int rows = q.value(0).toInt();
        if (table == QLatin1String("people"))
            people = rows;
        else if (table == QLatin1String("organizations"))
            organizations = rows;
        else
            others += rows;
    }
    if (people + organizations + others == 0)
        return true;
    m_message = tr("The workspace is not empty (people: %1, organizations: %2, other records: %3). The sample is only "
                   "written into an empty workspace, so nothing was changed.")
                    .arg(people)
                    .arg(organizations)
                    .arg(others);
    return false;
}

bool Writer::writeProfile()
{
    QSqlQuery q;
    if (!prepare(q, "INSERT INTO profile (id, full_name, email, phone, address, linkedin_url, website, "
                    "fields_of_interest, self_introduction, resume_path, updated_at) "
                    "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, '', ?) ON CONFLICT(id) DO NOTHING"))
        return false;
    const bool ok = insert(q, {u8("Noor Castellanos"), u8("noor.castellanos@mailbox.example"), u8("+1 312 555 0100"),
                               u8("88 Linden Avenue, Apt 4B, Port Ellis"),
                               u8("https://www.linkedin.com/in/noor-castellanos"), u8("https://noorcastellanos.example"),
                               u8("UX research, data science, urban planning, public policy"),
                               u8("I taught middle-school science for six years and I am now exploring a move into "
                                  "research with people and data. I am taking an evening certificate in data "
                                  "analysis and talking with people in the fields I am considering, to learn what the "
                                  "work is really like before I choose my next step. I am looking for information and "
                                  "advice, not a job."),
                               localInstant(m_start, 20 * 60)});
    if (!ok)
        return false;
    if (!prepare(q, "INSERT INTO settings (key, value) VALUES ('welcome_done', '1') "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        return false;
    return insert(q, {});
}

bool Writer::writeFields()
{
    QSqlQuery q;
    if (!prepare(q, "INSERT INTO career_fields (id, name, occupation_code, links, description, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)"))
        return false;
    for (int f = 0; f < kFieldCount; ++f) {
        m_fieldIds[f] = f + 1;
        if (!insert(q, {m_fieldIds[f], u8(kFields[f].name), u8(kFields[f].occupationCode), u8(kFields[f].links),
                        u8(kFields[f].description), localInstant(m_start.addDays(f), 19 * 60 + 10 * f)}))
            return false;
        ++m_summary.careerFields;
    }
    return true;
}

// Organization names are built from a prefix and a field's suffix. The prefix walks the list
// with a stride that is coprime to its length, so the first names in a field are all different;
// past every combination a town is added, then a number.
QString Writer::orgName(int field, int indexInField) const
{
    const int combinations = kOrgPrefixCount * 5;
    const int base = indexInField % combinations;
    const int round = indexInField / combinations;
    const int prefix = (base * 37 + field * 11) % kOrgPrefixCount;
    const int suffix = (base / kOrgPrefixCount + field) % 5;
    QString name = u8(kOrgPrefixes[prefix]) + QLatin1Char(' ') + u8(kFields[field].orgSuffixes[suffix]);
    if (round > 0) {
        constexpr int cityCount = int(sizeof(kCities) / sizeof(kCities[0]));
        name += QStringLiteral(" (") + u8(kCities[(round - 1) % cityCount]);
        if (round > cityCount)
            name += QLatin1Char(' ') + QString::number((round - 1) / cityCount + 1);
        name += QLatin1Char(')');
    }
    return name;
}

bool Writer::writeOrganizations()
{
    const int count = qMax(5, m_options.people / 6);
    QSqlQuery q;
    if (!prepare(q, "INSERT INTO organizations (id, name, industry, website, address, research_products, "
                    "research_services, research_competitors, research_news, research_sources, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        return false;
    // How many organizations each field gets, so that competitors can be named in advance.
    int perField[kFieldCount] = {};
    for (int i = 0; i < count; ++i)
        ++perField[i % kFieldCount];
    m_orgs.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const int field = i % kFieldCount;
        const int inField = i / kFieldCount;
        const FieldInfo &info = kFields[field];
        Org org;
        org.id = i + 1;
        org.field = field;
        org.name = orgName(field, inField);
        org.domain = asciiSlug(org.name, true) + QStringLiteral(".example");
        const QString city = u8(m_rng.pick(kCities));
        org.address = QString::number(m_rng.between(10, 2400)) + QLatin1Char(' ') + u8(m_rng.pick(kStreets))
            + (m_rng.chance(50) ? QStringLiteral(", Suite ") + QString::number(m_rng.between(1, 9) * 100 + m_rng.between(0, 40))
                                : QString())
            + QStringLiteral(", ") + city;

        QString competitors;
        if (perField[field] > 1) {
            const int a = (inField + 1) % perField[field];
            const int b = (inField + 2) % perField[field];
            competitors = QStringLiteral("Competes with ") + orgName(field, a);
            if (b != inField && b != a)
                competitors += QStringLiteral(" and ") + orgName(field, b);
            competitors += QStringLiteral(" for ") + u8(info.competeFor) + QStringLiteral(". ");
        } else {
            competitors = QStringLiteral("Competes with a few regional firms for ") + u8(info.competeFor) + QStringLiteral(". ");
        }
        competitors += m_rng.chance(50) ? QStringLiteral("Seems to win on reputation and long-standing clients rather than price.")
                                        : QStringLiteral("Smaller than its rivals, but often praised for how it treats new staff.");

        const QDate newsDay = m_today.addDays(-m_rng.between(20, 300));
        const QString news = QStringLiteral("In ") + monthYear(newsDay) + QStringLiteral(" it ") + u8(info.news)
            + QStringLiteral(". ")
            + (m_rng.chance(50) ? QStringLiteral("The local business paper also mentioned plans to grow the team.")
                                : QStringLiteral("Its blog says more about it; worth asking what it means for new staff."));
        const QString sources = QStringLiteral("Website (about, team and news pages); LinkedIn company page; ")
            + u8(info.association) + QStringLiteral(" member directory")
            + (m_rng.chance(40) ? QStringLiteral("; a conversation at the career fair.") : QStringLiteral("."));
        const QDate created = m_start.addDays(m_rng.between(0, 30));
        const QString createdText = localInstant(created, m_rng.between(18 * 60, 22 * 60));
        if (!insert(q, {org.id, org.name, u8(info.industries[m_rng.below(3)]), QString(QStringLiteral("https://www.") + org.domain),
                        org.address, u8(info.products).arg(org.name), u8(info.services), competitors, news, sources,
                        createdText, createdText}))
            return false;
        ++m_summary.organizations;
        if (i == 0 || m_rng.chance(40)) {
            const QString body = QStringLiteral("**What they do:** ") + u8(info.products).arg(org.name)
                + QStringLiteral("\n\n**Why I am interested:** the work touches ") + inSentence(info.name)
                + QStringLiteral(" directly, and the team seems to take on people from other backgrounds.\n\n"
                                 "**Questions to ask:**\n\n- How do new people learn the ropes here?\n- ")
                + u8(info.stillWant) + QLatin1Char('\n');
            if (!writeNote("organization_id", org.id, QStringLiteral("Research summary"), body, created))
                return false;
        }
        m_orgs.push_back(org);
    }
    return true;
}

bool Writer::writeTags()
{
    QSqlQuery q;
    if (!prepare(q, "INSERT INTO tags (id, name) VALUES (?, ?)"))
        return false;
    for (int t = 0; t < TagCount; ++t) {
        m_tagIds[t] = t + 1;
        if (!insert(q, {m_tagIds[t], u8(kTags[t])}))
            return false;
    }
    return true;
}

bool Writer::writeQuestions()
{
    // The sample's bank is the shipped one, as in every new workspace (one opened through
    // Workspace already has it), with two questions of the user's own beside it.
    QuestionRepository bank(m_db);
    const bool installedHere = !bank.shippedBankInstalled();
    if (!bank.installShippedBankIfNeeded()) {
        m_error = bank.lastError();
        return false;
    }
    const QString created = localInstant(m_start, 21 * 60);
    QSqlQuery q(m_db.connection());
    // Installing stamps the bank with the clock; the sample's contents come from its options only.
    if (installedHere) {
        if (!prepare(q, "UPDATE questions SET created_at = ? WHERE builtin_key IS NOT NULL") || !insert(q, {created}))
            return false;
    }
    if (!q.exec(QStringLiteral("SELECT id, builtin_key, text, minutes FROM questions WHERE builtin_key IS NOT NULL"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_bank.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toDouble()});
    if (!m_bank.contains(QLatin1String(kReferralKey))) {
        m_error = tr("the shipped question bank could not be installed");
        return false;
    }

    qint64 ownCategory = 0;
    if (!prepare(q, "INSERT INTO question_categories (name, position) "
                    "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM question_categories))")
        || !insert(q, {u8(kOwnCategory)}))
        return false;
    ownCategory = q.lastInsertId().toLongLong();
    if (!prepare(q, "INSERT INTO questions (category_id, text, minutes, tags, caution, builtin_key, retired, position, "
                    "created_at) VALUES (?, ?, 2, '', ?, NULL, 0, ?, ?)"))
        return false;
    int position = 0;
    for (const char *text : kOwnQuestions) {
        const QString question = u8(text);
        if (!insert(q, {ownCategory, question, questionCaution(question).reason, position++, created}))
            return false;
    }

    QSqlQuery items;
    if (!prepare(q, "INSERT INTO question_sets (id, name, description, created_at) VALUES (?, ?, ?, ?)")
        || !prepare(items, "INSERT INTO question_set_items (set_id, question_id, text, minutes, position) "
                           "VALUES (?, ?, ?, ?, ?)"))
        return false;
    qint64 setId = 0;
    for (const QuestionSetInfo &set : kQuestionSets) {
        ++setId;
        if (!insert(q, {setId, u8(set.name), u8(set.description), created}))
            return false;
        int itemPosition = 0;
        for (const char *key : set.keys) {
            if (!key)
                break;
            const auto found = m_bank.constFind(QLatin1String(key));
            if (found == m_bank.cend())
                continue;
            if (!insert(items, {setId, found->id, found->text, found->minutes, itemPosition++}))
                return false;
        }
    }

    if (!q.exec(QStringLiteral("SELECT count(*) FROM questions")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    m_summary.questions = q.value(0).toInt();
    return true;
}

bool Writer::writeTemplates()
{
    struct TemplateInfo
    {
        const char *kind;
        const char *name;
        const char *body;
    };
    static const TemplateInfo templates[] = {
        {"outreach-email", "First request",
         "Subject: Twenty minutes about {{field.name}}?\n\n"
         "Dear {{person.salutation}} {{person.last_name}},\n\n"
         "My name is {{me.name}}. {{me.self_introduction}}\n\n"
         "I found your name through {{person.source}} and would value your view of {{field.name}}: how you came to "
         "it and what the work is like from day to day. I am gathering information and advice — I am not asking "
         "for a job.\n\n"
         "Would you have 20 to 30 minutes in the coming weeks, by phone, video or in person, whichever suits you? "
         "I will gladly work around your schedule and can send my questions ahead of time.\n\n"
         "With thanks,\n{{me.name}}\n{{me.phone}} · {{me.email}}\n"},
        {"outreach-email", "Request through a mutual contact",
         "Subject: {{referrer.name}} suggested I write to you\n\n"
         "Dear {{person.salutation}} {{person.last_name}},\n\n"
         "{{referrer.name}} and I spoke recently about {{field.name}}, and {{referrer.first_name}} suggested that "
         "you would be a good person to learn from.\n\n"
         "A little about me: {{me.self_introduction}}\n\n"
         "Could you spare 20 minutes for a conversation in the next week or two? I am looking for your perspective "
         "and advice only, not for a job opening.\n\n"
         "Thank you for considering it,\n{{me.name}}\n{{me.phone}} · {{me.email}}\n"},
        {"thank-you", "Thank-you e-mail",
         "Subject: Thank you for our conversation on {{interview.date}}\n\n"
         "Dear {{person.salutation}} {{person.last_name}},\n\n"
         "Thank you for taking {{interview.minutes}} minutes to talk with me about {{field.name}} at "
         "{{organization.name}}. Hearing how you started, and what you would tell someone entering the field today, "
         "gave me a much clearer picture than anything I had read.\n\n"
         "I will follow up on your suggestions and would be glad to let you know how it goes in a few weeks.\n\n"
         "With gratitude,\n{{me.name}}\n"},
        {"call-script", "Phone request",
         "Hello, may I speak with {{person.first_name}} {{person.last_name}}?\n\n"
         "Hi {{person.first_name}}, my name is {{me.name}}. [Only if allowed: {{referrer.name}} suggested I call "
         "you.] Is this a good moment for two minutes?\n\n"
         "I am exploring {{field.name}} and trying to learn from people who do the work. I'm not looking for a "
         "job — just information and advice.\n\n"
         "Would you have 20 minutes sometime in the next week or two, on the phone or in person?\n\n"
         "[If yes] Thank you! Which day and time suit you? I'll send a short confirmation by e-mail.\n"
         "[If not now] I understand. Would it be all right to try again in a month?\n\n"
         "Voicemail: Hello {{person.first_name}}, this is {{me.name}} at {{me.phone}}. I'm exploring "
         "{{field.name}} and would be grateful for 20 minutes of your advice — not about a job. I'll also send a "
         "short e-mail. Thank you!\n"},
    };
    QSqlQuery q;
    if (!prepare(q, "INSERT INTO templates (id, kind, name, body, builtin_key, updated_at) VALUES (?, ?, ?, ?, NULL, ?)"))
        return false;
    qint64 id = 0;
    for (const TemplateInfo &t : templates) {
        if (!insert(q, {++id, u8(t.kind), u8(t.name), u8(t.body), localInstant(m_start.addDays(2), 20 * 60 + int(id))}))
            return false;
        ++m_summary.templates;
    }
    return true;
}

bool Writer::writeNote(const char *column, qint64 id, const QString &title, const QString &body, QDate day)
{
    // The subject is one of four columns; the others stay NULL.
    static const char *const columns[] = {"person_id", "organization_id", "field_id", "interview_id"};
    int which = 0;
    while (qstrcmp(columns[which], column) != 0)
        ++which;
    const QString stamp = localInstant(day, 21 * 60 + int(m_nextNoteId % 50));
    if (!insert(m_note, {m_nextNoteId++, which == 0 ? QVariant(id) : nullId(), which == 1 ? QVariant(id) : nullId(),
                         which == 2 ? QVariant(id) : nullId(), which == 3 ? QVariant(id) : nullId(), title, body,
                         dayText(day), stamp, stamp}))
        return false;
    ++m_summary.notes;
    return true;
}

bool Writer::writeFollowUp(qint64 personId, qint64 interviewId, int kind, const QString &due, const QVariant &doneAt,
                           const QString &note, QDate created)
{
    QVariant snoozed = nullText();
    QVariant done = doneAt;
    QString dueAt = due;
    // Someone who keeps this notebook closes or moves what is long overdue: of the open follow-ups
    // more than three weeks late, the first two stay (so Today shows what overdue looks like), the
    // other reminders were done a few days late, and check-ins were put on the calendar again.
    const QString threeWeeksAgo = instantText(m_today.addDays(-21), 0);
    if (doneAt.isNull() && due < threeWeeksAgo && kind != kFollowUpThanks && m_longOverdueKept++ >= 2) {
        // Spread by the follow-up's id rather than drawn from the generator, so that the people,
        // interviews and everything else drawn after this stay as they were.
        const int spread = int(m_nextFollowUpId % 36);
        if (kind == kFollowUpKeepInTouch)
            dueAt = localInstant(m_today.addDays(spread - 5), 9 * 60);
        else
            done = localInstant(QDate::fromString(due.left(10), Qt::ISODate).addDays(1 + spread % 5), 19 * 60);
    }
    // An open follow-up that is already due is snoozed now and then (and once for sure), so the
    // Today view meets every state.
    // The generator is drawn from exactly as often as before the overdue ones were tidied up, so
    // the rest of the sample (its people above all) stays the same.
    const bool wasLate = doneAt.isNull() && due < instantText(m_today, 0);
    if (wasLate && (!m_snoozedOne || m_rng.chance(5))) {
        const int days = m_rng.between(2, 5);
        m_snoozedOne = true;
        if (done.isNull() && dueAt < instantText(m_today, 0))
            snoozed = instantText(m_today.addDays(days), 14 * 60);
    }
    if (!insert(m_followUp, {m_nextFollowUpId++, personId, idOrNull(interviewId), kind, dueAt, snoozed, done, note,
                             localInstant(created, 20 * 60)}))
        return false;
    ++m_summary.followUps;
    return true;
}

QString Writer::answer(const FieldInfo &field, const SampleQuestion &question, int referrals)
{
    Random &r = m_questionRng;
    if (question.fact == FactReferrals) {
        return referrals > 0
            ? QStringLiteral("Suggested %1 — see the referrals for names. Fine to mention our conversation.")
                  .arg(referrals == 1 ? QStringLiteral("one person") : QString::number(referrals) + QStringLiteral(" people"))
            : QStringLiteral("Could not think of anyone right away; promised to send a name by e-mail.");
    }
    QStringList choices;
    for (const char *canned : question.canned) {
        if (canned)
            choices << u8(canned);
    }
    switch (question.fact) {
    case FactAssociations:
        choices << QStringLiteral("- Join **") + u8(field.association)
                + QStringLiteral("** — student membership is cheap and the monthly events are open.\n"
                                 "- Read its newsletter for a month to learn the vocabulary.");
        break;
    case FactLikes:
        choices << QStringLiteral("**Best:** ") + u8(field.likes) + QStringLiteral("\n\n**Hardest:** ") + u8(field.dislikes);
        break;
    case FactAgain:
        choices << QStringLiteral("Mostly the same route. ") + u8(field.path)
                + QStringLiteral(" Would have started networking earlier.");
        break;
    case FactFeedback:
        choices << QStringLiteral("- Name the transferable parts of teaching explicitly.\n- ") + u8(field.advice);
        break;
    case FactNone:
    case FactKeepInTouch:
    case FactReferrals:
        break;
    default: {
        const QString fact = u8(factText(field, question.fact));
        switch (r.below(3)) {
        case 0:
            choices << QStringLiteral("- ") + fact;
            break;
        case 1:
            choices << QStringLiteral("**In short:** ") + fact;
            break;
        default:
            choices << fact;
            break;
        }
        break;
    }
    }
    if (choices.isEmpty())
        choices << u8(r.pick(kGenericAnswers));
    QString text = choices.at(r.below(int(choices.size())));
    if (r.chance(35))
        text += QStringLiteral("\n\n*") + u8(r.pick(kExtraRemarks)) + QLatin1Char('*');
    return text;
}

bool Writer::writeInterviewQuestions(qint64 interviewId, const FieldInfo &field, int minutes, bool done, int referrals)
{
    // An opening about the work, five to nine questions in all, and the question that asks for
    // names always last; they fit the agreed time once the introduction and the closing have
    // their few minutes. Drawn from their own generator, so that changing the questions never
    // changes the people.
    Random &r = m_questionRng;
    const auto bankRow = [this](const char *key) {
        const auto found = m_bank.constFind(QLatin1String(key));
        return found == m_bank.cend() ? nullptr : &*found;
    };
    const SampleQuestion *opening = nullptr;
    const SampleQuestion *referral = nullptr;
    const SampleQuestion *keepInTouch = nullptr;
    std::vector<const SampleQuestion *> pool;
    const char *openingKey = r.chance(75) ? kTypicalDayKey : kStoryKey;
    for (const SampleQuestion &question : kSampleQuestions) {
        if (!bankRow(question.key))
            continue;
        if (qstrcmp(question.key, openingKey) == 0)
            opening = &question;
        else if (qstrcmp(question.key, kReferralKey) == 0)
            referral = &question;
        else if (qstrcmp(question.key, kKeepInTouchKey) == 0)
            keepInTouch = &question;
        else
            pool.push_back(&question);
    }

    const int reserve = qMax(2, (minutes + 9) / 10);
    double budget = minutes - 2 * reserve;
    std::vector<const SampleQuestion *> closing;
    if (keepInTouch && minutes >= 25 && r.chance(50))
        closing.push_back(keepInTouch);
    if (referral)
        closing.push_back(referral);
    std::vector<const SampleQuestion *> chosen;
    if (opening)
        chosen.push_back(opening);
    for (const SampleQuestion *question : chosen)
        budget -= bankRow(question->key)->minutes;
    for (const SampleQuestion *question : closing)
        budget -= bankRow(question->key)->minutes;

    // Common questions are six times as likely to be drawn as the others.
    const int wanted = r.between(5, 9) - int(chosen.size() + closing.size());
    while (int(chosen.size()) - (opening ? 1 : 0) < wanted && !pool.empty()) {
        int total = 0;
        for (const SampleQuestion *question : pool)
            total += question->common ? 6 : 1;
        int ticket = r.below(total);
        size_t at = 0;
        while (ticket >= (pool[at]->common ? 6 : 1)) {
            ticket -= pool[at]->common ? 6 : 1;
            ++at;
        }
        const SampleQuestion *question = pool[at];
        pool.erase(pool.begin() + std::ptrdiff_t(at));
        const double cost = bankRow(question->key)->minutes;
        // Short talks keep to quick questions, so that five of them still fit.
        if (cost > budget || (minutes < 20 && cost > 2))
            continue;
        chosen.push_back(question);
        budget -= cost;
    }
    chosen.insert(chosen.end(), closing.begin(), closing.end());

    int position = 0;
    for (const SampleQuestion *question : chosen) {
        const BankRow &row = *bankRow(question->key);
        const bool fixed = question == opening || question == referral;
        const bool hasMaterial = question->fact != FactNone || question->canned[0];
        const bool notAsked = done && !fixed && r.chance(hasMaterial ? 12 : 40);
        const QString text = done && !notAsked ? answer(field, *question, referrals) : QString();
        if (!insert(m_interviewQuestion, {m_nextInterviewQuestionId++, interviewId, row.id, row.text, row.minutes,
                                          position++, text, notAsked ? 1 : 0}))
            return false;
        ++m_summary.interviewQuestions;
    }
    return true;
}

QString Writer::phoneNumber()
{
    // Numbers from ranges set aside for fiction: 555-0100 to 555-0199 in North America, 020 7946 0xxx in London.
    if (m_rng.chance(8))
        return QStringLiteral("+44 20 7946 0") + QString::number(m_rng.between(0, 999)).rightJustified(3, QLatin1Char('0'));
    return QStringLiteral("+1 ") + u8(m_rng.pick(kAreaCodes)) + QStringLiteral(" 555 01")
        + twoDigits(m_rng.between(0, 99));
}

// The first free half hour at or after @p localMinutes on @p day (moving to the next working day
// when the day is full), so that the user never has two interviews at once. A sample far larger
// than one person's calendar allows a few per slot instead, or it would spill into the future.
int Writer::freeSlot(QDate &day, int localMinutes)
{
    day = weekday(day);
    for (;;) {
        for (int m = localMinutes; m <= 17 * 60; m += 30) {
            int &taken = m_slots[day.toJulianDay() * 48 + m / 30];
            if (taken < m_slotCapacity) {
                ++taken;
                return m;
            }
        }
        day = weekday(day.addDays(1));
        localMinutes = 8 * 60;
    }
}

bool Writer::writePerson(int index)
{
    // Every person after the first draws from a stream of their own: how one story unfolds around
    // "today" (a weekend moved, a reply not yet due) changes how many numbers it uses, and must not
    // change who the next people are. The first keeps the sample's own stream, so its story (the
    // one the tests follow) stays the one earlier versions wrote.
    if (index > 0)
        m_rng = Random(m_personSeed + quint64(index) * 0xD1B54A32D192ED03ULL);
    Random &r = m_rng;
    const qint64 id = index + 1;
    const int orgCount = int(m_orgs.size());

    const Org *org = nullptr;
    if (index < orgCount)
        org = &m_orgs[size_t(index)];
    else if (!r.chance(5))
        org = &m_orgs[size_t(r.below(orgCount))];
    const int fieldIndex = org ? org->field : r.below(kFieldCount);
    const FieldInfo &field = kFields[fieldIndex];

    const FirstName &first = r.pick(kFirstNames);
    const LastName &last = r.pick(kLastNames);
    const QString firstName = u8(first.name);
    const QString lastName = u8(last.name);
    const QString displayName = firstName + QLatin1Char(' ') + lastName;
    const int level = r.below(6);
    const Title &title = field.titles[level];

    // Who suggested this person: the first three are tied to the first interviewee so that the
    // referral graph always has a chain, a cycle and a person with two introducers.
    int giverIndex = -1;
    if ((index == 1 || index == 2) && !m_givers.empty())
        giverIndex = 0;
    else if (index > 2 && !m_givers.empty() && r.chance(60))
        giverIndex = r.below(int(m_givers.size()));
    Giver giver;
    if (giverIndex >= 0) {
        giver = m_givers[size_t(giverIndex)];
        if (--m_givers[size_t(giverIndex)].remaining == 0) {
            m_givers[size_t(giverIndex)] = m_givers.back();
            m_givers.pop_back();
        }
    }
    const bool forced = index < 2;   // the first two always get a finished interview
    const Source &source = r.pick(kSources);

    // People are found evenly over five months in the order they are written; a suggested name
    // can only be found after the conversation in which it was suggested.
    QDate found = qMin(m_today, m_start.addDays(qint64(index) * 150 / qMax(1, m_options.people) + (index == 0 ? 0 : r.below(6))));
    if (giver.personId > 0)
        found = qMax(found, giver.day);
    // Some names were only added in the last weeks: they make the upcoming interviews and the
    // open requests a workspace in full swing has.
    if (index > 2 && r.chance(22))
        found = qMax(found, m_today.addDays(-r.between(3, 24)));

    // E-mail, phone and the rest of the contact details.
    QString email;
    if (r.chance(88) || forced) {
        const QString local = asciiSlug(firstName, true) + QLatin1Char('.') + asciiSlug(lastName, true);
        const QString domain = org ? org->domain : QString::fromLatin1(r.chance(50) ? "mailbox.example" : "post.example");
        email = local + QLatin1Char('@') + domain;
        for (int n = 2; m_emails.contains(email); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + domain;
        m_emails.insert(email);
    }
    const QString phone = r.chance(65) ? phoneNumber() : QString();
    const QString linkedIn = r.chance(72)
        ? QStringLiteral("https://www.linkedin.com/in/") + asciiSlug(firstName, true) + QLatin1Char('-')
            + asciiSlug(lastName, true) + QLatin1Char('-') + QString::number(r.next() % 0xFFFFF + 0x10000, 16)
        : QString();
    QString address;
    if (r.chance(20)) {
        address = org ? QString(org->address + QStringLiteral(" (office, floor ") + QString::number(r.between(2, 9)) + QLatin1Char(')'))
                      : QString::number(r.between(5, 900)) + QLatin1Char(' ') + u8(r.pick(kStreets)) + QStringLiteral(", ")
                + u8(r.pick(kCities));
    }
    QString pronunciation;
    if (first.say || last.say) {
        pronunciation = first.say ? u8(first.say) : firstName;
        pronunciation += QLatin1Char(' ') + (last.say ? u8(last.say) : lastName);
    }
    QString salutation;
    if (title.doctorate)
        salutation = QStringLiteral("Dr.");
    else if (r.chance(90))
        salutation = first.form == 'f' ? QStringLiteral("Ms.") : first.form == 'm' ? QStringLiteral("Mr.") : QStringLiteral("Mx.");

    // The story of the contact so far, placed between "found" and today.
    int stage = kStageIdentified;
    std::vector<Attempt> attempts;
    struct Planned
    {
        qint64 id = 0;
        int status = kStatusIdea;
        QDate day;
        int localMinutes = -1;
        QDate created;
        QDate thanks;
        int thanksChannel = kThanksEmail;
    };
    std::vector<Planned> interviews;
    int followUpOtherDays = -1;           // a "try again" reminder this many days after the last attempt
    QString followUpOtherNote;
    std::vector<QDate> updates;           // keep-in-touch messages sent after the thank-you
    const int weeks = QList<int>{4, 6, 6, 8}.at(r.below(4));
    const int minutes = QList<int>{15, 20, 20, 25, 30, 30}.at(r.below(6));
    const int mode = r.chance(40) ? kModeInPerson : r.chance(35) ? kModePhone : kModeVideo;
    const int firstChannel = giver.personId > 0 && r.chance(30) ? kChannelIntroduction
        : !email.isEmpty() && r.chance(75)                       ? kChannelEmail
        : !linkedIn.isEmpty()                                     ? kChannelLinkedIn
                                                                  : kChannelPhone;
    const QString mention = giver.personId > 0
        ? QStringLiteral(" Mentioned that ") + giver.name + QStringLiteral(" suggested writing.")
        : QString();

    const QDate contacted = found.addDays(r.between(1, 8));
    const bool neverContacted = !forced && (contacted > m_today || r.chance(15));
    if (neverContacted) {
        if (r.chance(30))
            interviews.push_back({0, kStatusIdea, {}, -1, found, {}, kThanksEmail});
    } else {
        stage = kStageContacted;
        const int roll = forced ? 99 : r.below(100);
        const int sent = r.between(8 * 60, 21 * 60);
        if (roll < 8) {
            attempts.push_back({contacted, sent, firstChannel, kResultDeclined,
                                QStringLiteral("Kind reply: too busy until the end of the season; suggested writing "
                                               "again in two months."),
                                false});
            followUpOtherDays = 60;
            followUpOtherNote = QStringLiteral("Write again after their busy season.");
        } else if (roll < 22) {
            const QDate second = contacted.addDays(7);
            if (second <= m_today) {
                attempts.push_back({contacted, sent, firstChannel, kResultNoAnswer,
                                    QStringLiteral("Sent the first request.") + mention, false});
                attempts.push_back({second, r.between(9 * 60, 16 * 60), phone.isEmpty() ? kChannelLinkedIn : kChannelVoicemail,
                                    roll < 15 ? kResultNoAnswer : kResultWaiting,
                                    QStringLiteral("Short, friendly reminder; offered a phone call instead."), false});
                followUpOtherDays = 10;
                followUpOtherNote = QStringLiteral("One last try by phone, then let it rest.");
            } else {
                attempts.push_back({contacted, sent, firstChannel, kResultWaiting,
                                    QStringLiteral("Sent the first request.") + mention, false});
            }
            if (r.chance(50))
                interviews.push_back({0, kStatusRequested, {}, -1, contacted, {}, kThanksEmail});
        } else {
            const bool reminded = roll < 35;
            QDate agreed = contacted.addDays(r.between(1, 6));
            if (reminded) {
                attempts.push_back({contacted, sent, firstChannel, kResultNoAnswer,
                                    QStringLiteral("Sent the first request.") + mention, false});
                agreed = agreed.addDays(5);
            }
            if (agreed > m_today) {
                if (reminded && contacted.addDays(5) > m_today)
                    attempts.back().result = kResultWaiting;
                else
                    attempts.push_back({reminded ? contacted.addDays(5) : contacted, sent, firstChannel, kResultWaiting,
                                        reminded ? QStringLiteral("Gentle reminder with a shorter request.")
                                                 : QStringLiteral("Asked for 20 to 30 minutes; information only.") + mention,
                                        true});
                interviews.push_back({0, kStatusRequested, {}, -1, qMin(m_today, agreed.addDays(-1)), {}, kThanksEmail});
            } else {
                attempts.push_back({agreed, sent, reminded ? kChannelEmail : firstChannel, kResultPositive,
                                    QStringLiteral("Agreed to %1 minutes").arg(minutes)
                                        + (mode == kModeVideo       ? QStringLiteral(" by video.")
                                               : mode == kModePhone ? QStringLiteral(" on the phone.")
                                                                    : QStringLiteral(" in person.")),
                                    true});
                QDate day = agreed.addDays(r.between(4, 16));
                const int start = freeSlot(day, mode == kModeInPerson && r.chance(10) ? 7 * 60 + 30 : r.between(16, 32) * 30);
                bool cancelled = !forced && day < m_today && r.chance(8);
                if (cancelled) {
                    interviews.push_back({0, kStatusCancelled, day, start, agreed, {}, kThanksEmail});
                    if (r.chance(50)) {
                        day = day.addDays(r.between(7, 14));
                        const int again = freeSlot(day, r.between(16, 32) * 30);
                        interviews.push_back({0, kStatusScheduled, day, again, agreed, {}, kThanksEmail});
                        cancelled = false;
                    } else {
                        followUpOtherDays = 14;
                        followUpOtherNote = QStringLiteral("They cancelled; offer two new times.");
                    }
                } else {
                    interviews.push_back({0, kStatusScheduled, day, start, agreed, {}, kThanksEmail});
                }
                if (!cancelled) {
                    Planned &main = interviews.back();
                    if (main.day >= m_today) {
                        stage = kStageScheduled;
                    } else {
                        main.status = kStatusDone;
                        stage = kStageInterviewed;
                        const QDate thanks = main.day.addDays(r.between(0, 2));
                        if ((forced || r.chance(85)) && thanks <= m_today) {
                            main.thanks = thanks;
                            main.thanksChannel = r.chance(70) ? kThanksEmail : r.chance(65) ? kThanksCard : kThanksLetter;
                            stage = kStageThanked;
                            if (main.day.addDays(42) <= m_today && (forced || r.chance(75))) {
                                updates.push_back(qMin(m_today, main.day.addDays(r.between(35, 49))));
                                // Further check-ins every few weeks, until one is missed.
                                for (;;) {
                                    const QDate due = updates.back().addDays(weeks * 7);
                                    if (due > m_today || !r.chance(70))
                                        break;
                                    updates.push_back(qMin(m_today, due.addDays(r.between(-3, 5))));
                                }
                                stage = kStageKeepingInTouch;
                            }
                        }
                    }
                }
            }
        }
    }

    // The person row, with what the story implies.
    const int relationship = stage == kStageIdentified   ? r.between(0, 1)
        : stage == kStageContacted                       ? 1
        : stage == kStageScheduled                       ? r.between(1, 2)
        : stage == kStageInterviewed || stage == kStageThanked ? r.between(2, 3)
                                                               : r.between(3, 5);
    const bool done = stage >= kStageInterviewed;
    const bool card = done && (mode == kModeInPerson ? r.chance(90) : r.chance(25));
    const QVariant keepInTouchWeeks = stage == kStageKeepingInTouch ? QVariant(weeks) : QVariant(QMetaType::fromType<int>());
    QDate lastEvent = found;
    for (const Attempt &a : attempts)
        lastEvent = qMax(lastEvent, a.day);
    for (const Planned &p : interviews) {
        if (p.status == kStatusDone)
            lastEvent = qMax(lastEvent, p.thanks.isValid() ? p.thanks : p.day);
    }
    if (!updates.empty())
        lastEvent = qMax(lastEvent, updates.back());
    const QString sourceText = giver.personId > 0 ? QStringLiteral("Referral from ") + giver.name
        : source.text == kSources[9].text
        ? QStringLiteral("Professor ") + u8(r.pick(kLastNames).name) + QStringLiteral(" suggested")
        : u8(source.text);
    if (!insert(m_person, {id, firstName, lastName, pronunciation, salutation, u8(title.name), org ? QVariant(org->id) : nullId(),
                           email, phone, linkedIn, address, sourceText, relationship, stage, 0, card ? 1 : 0,
                           keepInTouchWeeks, localInstant(found, r.between(18 * 60, 22 * 60)),
                           localInstant(lastEvent, 21 * 60 + 30)}))
        return false;
    ++m_summary.people;

    // Tags and fields.
    bool tagged[TagCount] = {};
    if (source.tag >= 0 && giver.personId == 0)
        tagged[source.tag] = true;
    if (giver.personId > 0)
        tagged[TagWarmIntro] = true;
    if (level <= 1)
        tagged[TagEarlyCareer] = true;
    if (level >= 4)
        tagged[TagSenior] = true;
    if (done && mode == kModeInPerson)
        tagged[TagMetInPerson] = true;
    for (int extra = r.below(3); extra > 0; --extra)
        tagged[r.below(TagCount)] = true;
    for (int t = 0; t < TagCount; ++t) {
        if (tagged[t] && !insert(m_personTag, {id, m_tagIds[t]}))
            return false;
    }
    if (!insert(m_personField, {id, m_fieldIds[fieldIndex]}))
        return false;
    if (r.chance(15) && !insert(m_personField, {id, m_fieldIds[(fieldIndex + 1) % kFieldCount]}))
        return false;

    // How this person came to be on the list.
    if (giver.personId > 0) {
        const bool mayMention = index == 1 || r.chance(60);
        if (!insert(m_referral, {m_nextReferralId++, giver.personId, id, giver.interviewId, dayText(giver.day), mayMention ? 1 : 0,
                                 mayMention ? QStringLiteral("Suggested at the end of our talk; fine to say who sent me.")
                                            : QStringLiteral("Suggested the name, but asked me not to mention it yet."),
                                 localInstant(giver.day, 20 * 60)}))
            return false;
        ++m_summary.referrals;
    } else if (index == 0 || r.chance(25)) {
        if (!insert(m_referral, {m_nextReferralId++, nullId(), id, nullId(), dayText(found), 0, u8(source.meNote),
                                 localInstant(found, 20 * 60)}))
            return false;
        ++m_summary.referrals;
    }
    // The second introducer of the third person: the second interviewee suggested them too.
    if (index == 2 && m_firstInterviewOfSecondPerson > 0) {
        if (!insert(m_referral, {m_nextReferralId++, qint64(2), id, m_firstInterviewOfSecondPerson,
                                 dayText(m_secondPersonInterviewDay), 1,
                                 QStringLiteral("Also suggested this name, independently — two people now recommend the same contact."),
                                 localInstant(m_secondPersonInterviewDay, 20 * 60)}))
            return false;
        ++m_summary.referrals;
    }

    // Interviews, their questions and reflections.
    qint64 mainInterview = 0;
    QDate mainDay;
    int mainStart = 0;
    for (Planned &p : interviews) {
        p.id = m_nextInterviewId++;
        const QString where = mode == kModeInPerson
            ? (org && r.chance(60) ? org->name + QStringLiteral(", ") + org->address : u8(r.pick(kCafes)))
            : mode == kModePhone ? (phone.isEmpty() ? QStringLiteral("They call me on +1 312 555 0100")
                                                    : QStringLiteral("I call ") + phone)
                                 : QStringLiteral("https://meet.example/") + asciiSlug(firstName, false).left(3)
                + QLatin1Char('-') + QString::number(r.next() % 9000 + 1000);
        // Not every purpose names the organization, so the placeholders are replaced, not arg()ed.
        QString purpose = u8(r.pick(kPurposes));
        purpose.replace(QStringLiteral("%1"), inSentence(field.name));
        purpose.replace(QStringLiteral("%2"), org ? QString(QStringLiteral(" at ") + org->name) : QString());
        const bool isDone = p.status == kStatusDone;
        const int gives = !isDone ? 0 : index == 0 ? 3 : index == 1 ? 1 : r.between(1, 3);
        QDate updated = p.created;
        if (p.day.isValid())
            updated = qMin(m_today, p.day);
        if (p.thanks.isValid())
            updated = p.thanks;
        if (!insert(m_interview,
                    {p.id, id, org ? QVariant(org->id) : nullId(), m_fieldIds[fieldIndex], purpose,
                     p.day.isValid() ? QVariant(localInstant(p.day, p.localMinutes)) : nullText(),
                     QStringLiteral("America/Chicago"), minutes, mode, where, p.status,
                     isDone ? u8(field.learned) : QString(), isDone ? u8(field.stillWant) : QString(),
                     isDone ? u8(field.nextSteps) : QString(), isDone ? u8(r.pick(kImpressions)) : QString(),
                     p.thanks.isValid() ? QVariant(dayText(p.thanks)) : nullText(),
                     p.thanks.isValid() ? QVariant(p.thanksChannel) : QVariant(QMetaType::fromType<int>()),
                     localInstant(p.created, 20 * 60 + 15), localInstant(updated, 21 * 60)}))
            return false;
        ++m_summary.interviews;
        if (p.status == kStatusDone || p.status == kStatusScheduled) {
            if (!writeInterviewQuestions(p.id, field, minutes, isDone, gives))
                return false;
            mainInterview = p.id;
            mainDay = p.day;
            mainStart = p.localMinutes;
        }
        if (isDone) {
            m_givers.push_back({id, p.id, p.day, displayName, gives});
            if (index == 1) {
                m_firstInterviewOfSecondPerson = p.id;
                m_secondPersonInterviewDay = p.day;
                // The cycle: the person first suggested by the first interviewee suggests them back.
                if (!insert(m_referral, {m_nextReferralId++, id, qint64(1), p.id, dayText(p.day), 1,
                                         QStringLiteral("Said I should go back to them with my follow-up questions — "
                                                        "they know the field's history best."),
                                         localInstant(p.day, 20 * 60)}))
                    return false;
                ++m_summary.referrals;
            }
            if (index == 0 || r.chance(60)) {
                const QString body = QStringLiteral("## What stood out\n\n- ") + u8(field.learned) + QStringLiteral("\n- ")
                    + u8(field.likes) + QStringLiteral("\n\n## To look up\n\n- ") + u8(field.association)
                    + QStringLiteral("\n- ") + u8(field.otherFields) + QStringLiteral("\n\n## Next\n\n- [ ] ")
                    + u8(field.nextSteps) + QStringLiteral("\n- [ ] Thank-you note within 48 hours\n");
                if (!writeNote("interview_id", p.id, QStringLiteral("Notes right after the conversation"), body, p.day))
                    return false;
            }
        }
    }

    // Outreach attempts, linked to the interview they led to.
    for (const Attempt &a : attempts) {
        if (!insert(m_outreach, {m_nextOutreachId++, id, a.forInterview && !interviews.empty() ? QVariant(interviews.back().id) : nullId(),
                                 localInstant(a.day, a.localMinutes), a.channel, a.result, a.note}))
            return false;
        ++m_summary.outreachAttempts;
    }
    for (size_t k = 0; k < updates.size(); ++k) {
        const QString note = k == 0 ? QStringLiteral("Sent an update on what I did with the advice; got a warm reply.")
                                    : u8(r.pick(kCheckIns));
        if (!insert(m_outreach, {m_nextOutreachId++, id, k == 0 ? idOrNull(mainInterview) : nullId(),
                                 localInstant(updates[k], 19 * 60), k % 3 == 2 ? kChannelPhone : kChannelEmail,
                                 kResultPositive, note}))
            return false;
        ++m_summary.outreachAttempts;
    }

    // Follow-ups: thank-you notes, keeping in touch, and the odd reminder.
    for (const Planned &p : interviews) {
        if (p.status != kStatusDone)
            continue;
        const int endMinutes = p.localMinutes + minutes;
        if (!writeFollowUp(id, p.id, kFollowUpThanks, localInstant(p.day.addDays(2), endMinutes),
                           p.thanks.isValid() ? QVariant(localInstant(p.thanks, 20 * 60)) : nullText(),
                           QStringLiteral("Thank-you note within 48 hours."), p.day))
            return false;
        if (!p.thanks.isValid())
            continue;
        const QDate due = p.day.addDays(42);
        if (!updates.empty()) {
            // Each check-in was due some weeks after the one before; the next one is still open.
            if (!writeFollowUp(id, p.id, kFollowUpKeepInTouch, localInstant(due, 9 * 60),
                               localInstant(updates.front(), 19 * 60), QStringLiteral("Six-week update."), p.thanks))
                return false;
            for (size_t k = 1; k < updates.size(); ++k) {
                if (!writeFollowUp(id, qint64(0), kFollowUpKeepInTouch, localInstant(updates[k - 1].addDays(weeks * 7), 9 * 60),
                                   localInstant(updates[k], 19 * 60), QStringLiteral("Keep in touch."), updates[k - 1]))
                    return false;
            }
            if (!writeFollowUp(id, qint64(0), kFollowUpKeepInTouch, localInstant(updates.back().addDays(weeks * 7), 9 * 60),
                               nullText(), QStringLiteral("Next check-in: share how the course is going."), updates.back()))
                return false;
            if (r.chance(20)
                && !writeFollowUp(id, qint64(0), kFollowUpUpdate, localInstant(m_today.addDays(r.between(-10, 20)), 9 * 60),
                                  nullText(), QStringLiteral("Send the write-up of the project they suggested."),
                                  updates.back()))
                return false;
        } else if (!writeFollowUp(id, p.id, kFollowUpKeepInTouch, localInstant(due, 9 * 60), nullText(),
                                  QStringLiteral("Six-week update on what I did with the advice."), p.thanks)) {
            return false;
        }
    }
    if (stage == kStageScheduled && mainInterview > 0 && r.chance(40)) {
        if (!writeFollowUp(id, mainInterview, kFollowUpOther, localInstant(mainDay.addDays(-2), qMax(8 * 60, mainStart - 60)),
                           nullText(), QStringLiteral("Send the questions ahead of time."), lastEvent))
            return false;
    }
    if (followUpOtherDays > 0 && !attempts.empty()) {
        const QDate from = attempts.back().day;
        if (!writeFollowUp(id, qint64(0), kFollowUpOther, localInstant(from.addDays(followUpOtherDays), 9 * 60),
                           nullText(), followUpOtherNote, from))
            return false;
    }

    // A note on some people.
    if (index == 0 || r.chance(22)) {
        const QString body = (giver.personId > 0 ? QString(QStringLiteral("Suggested by **") + giver.name)
                                                 : QString(QStringLiteral("Found through **") + sourceText))
            + QStringLiteral("**. Works as ")
            + u8(title.name) + (org ? QStringLiteral(" at ") + org->name : QStringLiteral(" independently"))
            + QStringLiteral(".\n\n- Ask about: ") + u8(field.stillWant)
            + (pronunciation.isEmpty() ? QString() : QStringLiteral("\n- Name: say *") + pronunciation + QStringLiteral("*"))
            + QLatin1Char('\n');
        if (!writeNote("person_id", id, QStringLiteral("Before we talk"), body, found))
            return false;
    }
    return true;
}

// Someone once marked the oldest "ask for referrals" reminder as done on the Today list.
bool Writer::writeDismissal()
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, "INSERT INTO agenda_dismissals (item_key, until, created_at) "
                    "SELECT item_key, NULL, ? FROM ("
                    " SELECT 1 AS rank, 'referrals:' || id AS item_key FROM interviews WHERE status = 3"
                    " UNION ALL SELECT 2, 'waiting:' || id FROM outreach_attempts"
                    " ORDER BY rank, item_key LIMIT 1)"))
        return false;
    return insert(q, {localInstant(m_today, 8 * 60)});
}

bool Writer::run(QString *error, SampleSummary *summary)
{
    Transaction tx(m_db);
    bool ok = tx.isActive();
    if (!ok)
        m_error = m_db.lastError();
    ok = ok && refuseIfNotEmpty() && writeProfile() && writeFields() && writeTags() && writeQuestions();
    ok = ok && prepare(m_note, "INSERT INTO notes (id, person_id, organization_id, field_id, interview_id, title, body, "
                               "noted_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ok = ok && writeOrganizations() && writeTemplates();
    for (int f = 0; ok && f < kFieldCount; ++f) {
        const FieldInfo &info = kFields[f];
        const QString body = u8(info.description) + QStringLiteral("\n\n**Typical titles:** ") + u8(info.titles[0].name)
            + QStringLiteral(", ") + u8(info.titles[2].name) + QStringLiteral(", ") + u8(info.titles[4].name)
            + QStringLiteral("\n\n**Still to find out:** ") + u8(info.stillWant) + QStringLiteral("\n\n**Association:** ")
            + u8(info.association) + QLatin1Char('\n');
        ok = writeNote("field_id", m_fieldIds[f], QStringLiteral("What I know so far"), body, m_start.addDays(f));
    }
    ok = ok
        && prepare(m_person, "INSERT INTO people (id, first_name, last_name, pronunciation, salutation, title, "
                             "organization_id, email, phone, linkedin_url, address, source, relationship_strength, "
                             "pipeline_stage, stage_set_by_hand, business_card, keep_in_touch_weeks, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_personTag, "INSERT INTO person_tags (person_id, tag_id) VALUES (?, ?)")
        && prepare(m_personField, "INSERT INTO person_fields (person_id, field_id) VALUES (?, ?)")
        && prepare(m_interview, "INSERT INTO interviews (id, person_id, organization_id, field_id, purpose, "
                                "scheduled_start, time_zone, agreed_minutes, mode, location, status, reflection_learned, "
                                "reflection_still_want, reflection_next_steps, reflection_impressions, thanks_sent_on, "
                                "thanks_channel, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_referral, "INSERT INTO referrals (id, referrer_id, referred_id, interview_id, referred_on, "
                               "may_mention, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_outreach, "INSERT INTO outreach_attempts (id, person_id, interview_id, attempted_at, channel, "
                               "result, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_interviewQuestion, "INSERT INTO interview_questions (id, interview_id, question_id, text, minutes, "
                                        "position, answer, not_asked) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        && prepare(m_followUp, "INSERT INTO follow_ups (id, person_id, interview_id, kind, due_at, snoozed_until, "
                               "done_at, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; ok && i < m_options.people; ++i)
        ok = writePerson(i);
    ok = ok && writeDismissal();
    ok = ok && tx.commit();
    if (!ok) {
        if (error) {
            *error = !m_message.isEmpty() ? m_message
                : tr("The sample could not be written (%1). Nothing was changed.")
                      .arg(m_error.isEmpty() ? m_db.lastError() : m_error);
        }
        return false;
    }
    if (summary)
        *summary = m_summary;
    return true;
}

} // namespace

QString SampleWorkspace::checkOptions(const SampleOptions &options)
{
    if (options.people < 1 || options.people > kMaxPeople)
        return tr("The number of people must be between 1 and %1; %2 was asked for.")
            .arg(QLocale::c().toString(kMaxPeople))
            .arg(options.people);
    if (!options.today.isValid())
        return tr("The sample needs a valid date to place its interviews around.");
    return {};
}

bool SampleWorkspace::write(Database &db, const SampleOptions &options, QString *error, SampleSummary *summary)
{
    const QString problem = checkOptions(options);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (!db.isOpen()) {
        if (error)
            *error = tr("The sample needs an open workspace.");
        return false;
    }
    Writer writer(db, options);
    return writer.run(error, summary);
}

} // namespace Inroad
