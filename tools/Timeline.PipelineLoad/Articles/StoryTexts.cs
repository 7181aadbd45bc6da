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

    /// <summary>English background sentences with three topic slots; none reports an event or a remark.</summary>
    public static readonly string[] BackgroundEn =
    [
        "The programme also touched on {0}, {1} and {2}.",
        "Working groups on {0} and {1} met on the side, and a paper on {2} was circulated.",
        "Exhibits about {0}, {1} and {2} were on show in the hall.",
        "The region is known for {0}, and its planners want more {1} and {2}.",
        "A later session was set aside for {0}, with {1} and {2} left for another time.",
        "Brochures on {0} and {1} were handed out, along with a map of {2}.",
        "Plans for {0} have been discussed for years, as have {1} and {2}.",
        "The city's museum holds a collection on {0}, {1} and {2}.",
    ];

    /// <summary>Arabic background sentences with three topic slots.</summary>
    public static readonly string[] BackgroundAr =
    [
        "وتناول البرنامج أيضا {0} و{1} و{2}.",
        "واجتمعت مجموعات عمل حول {0} و{1} على الهامش، ووزعت ورقة عن {2}.",
        "وعرضت في القاعة معروضات عن {0} و{1} و{2}.",
        "وتشتهر المنطقة بـ{0}، ويريد مخططوها مزيدا من {1} و{2}.",
        "وخصصت جلسة لاحقة لـ{0}، وأرجئ البحث في {1} و{2}.",
        "ووزعت كتيبات عن {0} و{1} مع خريطة لـ{2}.",
        "ويضم متحف المدينة مجموعة عن {0} و{1} و{2}.",
    ];

    /// <summary>English topics for the slots: articles draw different ones, so their vocabularies differ as real articles' do.</summary>
    public static readonly string[] TopicsEn =
    [
        "fisheries", "timber", "coal", "fertiliser", "wheat", "potatoes", "soybeans", "apples", "textiles", "footwear",
        "shipbuilding", "ports", "bridges", "tunnels", "railways", "roads", "airports", "ferries", "trucks", "containers",
        "hospitals", "vaccines", "clinics", "nursing", "dentistry", "pharmacies", "laboratories", "telescopes", "satellites", "robotics",
        "software", "mathematics", "chemistry", "geology", "forestry", "beekeeping", "dairy farming", "poultry", "orchards", "greenhouses",
        "hydropower", "wind turbines", "solar panels", "power lines", "oil refining", "gas pipelines", "nuclear safety", "water supply", "sewage", "recycling",
        "football", "ice hockey", "chess", "wrestling", "figure skating", "marathons", "ballet", "opera", "cinema", "circus",
        "painting", "sculpture", "poetry", "libraries", "archives", "museums", "translation", "dictionaries", "printing", "newspapers",
        "radio", "television", "postal services", "banking", "insurance", "customs", "tourism", "hotels", "restaurants", "cooking",
        "weather forecasting", "earthquakes", "floods", "wildfires", "glaciers", "rivers", "lakes", "mountains", "islands", "deserts",
        "architecture", "housing", "furniture", "ceramics", "glassmaking", "steelmaking", "mining", "gold", "copper", "zinc",
    ];

    /// <summary>Arabic topics for the slots.</summary>
    public static readonly string[] TopicsAr =
    [
        "مصائد الأسماك", "الأخشاب", "الفحم", "الأسمدة", "القمح", "البطاطس", "فول الصويا", "التفاح", "المنسوجات", "الأحذية",
        "بناء السفن", "الموانئ", "الجسور", "الأنفاق", "السكك الحديدية", "الطرق", "المطارات", "العبارات", "الشاحنات", "الحاويات",
        "المستشفيات", "اللقاحات", "العيادات", "التمريض", "طب الأسنان", "الصيدليات", "المختبرات", "المناظير الفلكية", "الأقمار الصناعية", "الروبوتات",
        "البرمجيات", "الرياضيات", "الكيمياء", "الجيولوجيا", "الغابات", "تربية النحل", "مزارع الألبان", "الدواجن", "البساتين", "البيوت الزجاجية",
        "الطاقة الكهرومائية", "توربينات الرياح", "الألواح الشمسية", "خطوط الكهرباء", "تكرير النفط", "أنابيب الغاز", "السلامة النووية", "إمدادات المياه", "الصرف الصحي", "إعادة التدوير",
        "كرة القدم", "هوكي الجليد", "الشطرنج", "المصارعة", "التزلج الفني", "سباقات الماراثون", "الباليه", "الأوبرا", "السينما", "السيرك",
        "الرسم", "النحت", "الشعر", "المكتبات", "الأرشيف", "المتاحف", "الترجمة", "القواميس", "الطباعة", "الصحف",
        "الإذاعة", "التلفزيون", "البريد", "المصارف", "التأمين", "الجمارك", "السياحة", "الفنادق", "المطاعم", "الطبخ",
        "الأرصاد الجوية", "الزلازل", "الفيضانات", "حرائق الغابات", "الأنهار الجليدية", "الأنهار", "البحيرات", "الجبال", "الجزر", "الصحارى",
        "العمارة", "الإسكان", "الأثاث", "الخزف", "صناعة الزجاج", "صناعة الصلب", "التعدين", "الذهب", "النحاس", "الزنك",
    ];

    /// <summary>Outlets the generated articles are attributed to (invented names).</summary>
    public static readonly string[] Sources =
        ["northdesk.example", "eastwire.example", "amurpost.example", "sahel-news.example", "al-manara.example", "gulfdaily.example", "riverside.example", "capitalherald.example"];
}
