namespace Timeline.PipelineLoad.Articles;

/// <summary>A pair of officials who meet, named as an English and an Arabic article would name them.</summary>
/// <param name="RussianEn">The Russian side with its title, in English.</param>
/// <param name="KoreanEn">The North Korean side with its title, in English.</param>
/// <param name="RussianAr">The Russian side in Arabic.</param>
/// <param name="KoreanAr">The North Korean side in Arabic.</param>
internal sealed record Officials(string RussianEn, string KoreanEn, string RussianAr, string KoreanAr);

/// <summary>A place, in English and in Arabic.</summary>
internal sealed record Place(string En, string Ar);

/// <summary>
/// Sentences written for this tool (no news text): who met whom, where and when, in the plain reporting style the
/// extractor reads, and background sentences that carry no event, so articles have a realistic length.
/// </summary>
internal static class StoryTexts
{
    public static readonly Officials[] Pairs =
    [
        new("Russian President Vladimir Putin", "North Korean leader Kim Jong Un", "الرئيس الروسي فلاديمير بوتين", "زعيم كوريا الشمالية كيم جونغ أون"),
        new("Russian Foreign Minister Sergei Lavrov", "North Korean Foreign Minister Choe Son Hui", "وزير الخارجية الروسي سيرغي لافروف", "وزيرة خارجية كوريا الشمالية تشوي سون هوي"),
        new("Russian Defence Minister Andrei Belousov", "North Korean leader Kim Jong Un", "وزير الدفاع الروسي أندريه بيلوسوف", "زعيم كوريا الشمالية كيم جونغ أون"),
        new("Sergei Shoigu, secretary of Russia's Security Council,", "North Korean leader Kim Jong Un", "أمين مجلس الأمن الروسي سيرغي شويغو", "زعيم كوريا الشمالية كيم جونغ أون"),
        new("Russian Natural Resources Minister Alexander Kozlov", "North Korean Foreign Minister Choe Son Hui", "وزير الموارد الطبيعية الروسي ألكسندر كوزلوف", "وزيرة خارجية كوريا الشمالية تشوي سون هوي"),
        new("Valentina Matviyenko, speaker of Russia's upper house,", "North Korean leader Kim Jong Un", "رئيسة مجلس الاتحاد الروسي فالنتينا ماتفيينكو", "زعيم كوريا الشمالية كيم جونغ أون"),
    ];

    public static readonly Place[] Places =
    [
        new("Pyongyang", "بيونغ يانغ"),
        new("Moscow", "موسكو"),
        new("Vladivostok", "فلاديفوستوك"),
    ];

    public static readonly string[] MonthsAr =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>English lead sentences: {0} Russian side, {1} Korean side, {2} place, {3} date.</summary>
    public static readonly string[] LeadsEn =
    [
        "{0} met {1} in {2} on {3}, the two governments said.",
        "{0} held talks with {1} in {2} on {3}.",
        "{0} and {1} met in {2} on {3} to discuss cooperation between their countries.",
        "On {3}, {0} met {1} in {2}, according to officials of both sides.",
        "{0} received {1} in {2} on {3} for talks that lasted several hours.",
    ];

    /// <summary>Arabic lead sentences, with the same placeholders.</summary>
    public static readonly string[] LeadsAr =
    [
        "التقى {0} مع {1} في {2} يوم {3}، بحسب ما أعلنه الجانبان.",
        "عقد {0} محادثات مع {1} في {2} يوم {3}.",
        "اجتمع {0} و{1} في {2} يوم {3} لبحث التعاون بين البلدين.",
        "في {3}، التقى {0} مع {1} في {2}، وفق مسؤولين من الطرفين.",
    ];

    /// <summary>English headlines: {0} Russian side, {1} Korean side, {2} place.</summary>
    public static readonly string[] HeadlinesEn =
    [
        "Talks in {2} between {0} and {1}",
        "{0} and {1} meet in {2}",
        "Officials of Russia and North Korea meet in {2}",
    ];

    /// <summary>Arabic headlines.</summary>
    public static readonly string[] HeadlinesAr =
    [
        "محادثات في {2} بين {0} و{1}",
        "لقاء روسي كوري شمالي في {2}",
    ];

    /// <summary>English background sentences that report no event.</summary>
    public static readonly string[] BackgroundEn =
    [
        "The agenda covered trade, transport links and scientific exchanges.",
        "Delegations from several ministries attended the sessions.",
        "Officials described the atmosphere as friendly and constructive.",
        "No joint statement was released at the end of the day.",
        "Analysts expect further contacts in the coming months.",
        "The two countries share a short land border along the Tumen River.",
        "Rail freight between the two countries has grown in recent years.",
        "Both sides spoke of a long history of ties between their peoples.",
        "Questions of regional security were also on the table, officials said.",
        "The delegation toured a factory and a university during its stay.",
        "Preparations for the talks had taken several weeks.",
        "Earlier contacts this year had focused on tourism and culture.",
        "The programme included a reception and a concert in the evening.",
        "Journalists were allowed into the hall only for the opening remarks.",
        "Observers noted the size of the delegation.",
        "The talks continued over a working lunch.",
        "A cultural exhibition opened in the city on the same week.",
        "Students from both countries take part in exchange programmes.",
        "The ministries agreed to keep their working groups in contact.",
        "Several agreements on education are under discussion, officials said.",
        "Flights between the two capitals resumed some time ago.",
        "Local media showed pictures of the arrival ceremony.",
        "The visit drew attention from governments in the region.",
        "Trade volumes remain small compared with the countries' other partners.",
    ];

    /// <summary>Arabic background sentences that report no event.</summary>
    public static readonly string[] BackgroundAr =
    [
        "وتناول جدول الأعمال التجارة وخطوط النقل والتبادل العلمي.",
        "وحضر الجلسات ممثلون عن عدة وزارات.",
        "ووصف المسؤولون الأجواء بأنها ودية وبناءة.",
        "ولم يصدر بيان مشترك في ختام اليوم.",
        "ويتوقع محللون مزيدا من الاتصالات في الأشهر المقبلة.",
        "ويتقاسم البلدان حدودا برية قصيرة على طول نهر تومين.",
        "وقد نما نقل البضائع بالسكك الحديدية بين البلدين في السنوات الأخيرة.",
        "وتحدث الجانبان عن تاريخ طويل من الروابط بين الشعبين.",
        "وكانت مسائل الأمن الإقليمي مطروحة أيضا، بحسب المسؤولين.",
        "وزار الوفد مصنعا وجامعة خلال إقامته.",
        "واستغرق التحضير للمحادثات عدة أسابيع.",
        "وركزت اتصالات سابقة هذا العام على السياحة والثقافة.",
        "وتضمن البرنامج حفل استقبال وحفلا موسيقيا في المساء.",
        "وسمح للصحفيين بدخول القاعة لكلمات الافتتاح فقط.",
        "ولاحظ مراقبون حجم الوفد.",
        "واستمرت المحادثات خلال غداء عمل.",
        "وافتتح معرض ثقافي في المدينة في الأسبوع نفسه.",
        "ويشارك طلاب من البلدين في برامج للتبادل.",
        "واتفقت الوزارتان على إبقاء مجموعات العمل على تواصل.",
        "وتجري مناقشة عدة اتفاقات في مجال التعليم، بحسب المسؤولين.",
    ];

    /// <summary>Outlets the generated articles are attributed to (invented names).</summary>
    public static readonly string[] Sources =
        ["northdesk.example", "eastwire.example", "amurpost.example", "sahel-news.example", "al-manara.example", "gulfdaily.example", "riverside.example", "capitalherald.example"];
}
