using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Lexicon;

public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("كيم جونغ أون", "Q56226")]
    [InlineData("كيم جونج أون", "Q56226")]
    [InlineData("كِيم جُونغ أُون", "Q56226")]
    [InlineData("Kim Jong-un", "Q56226")]
    [InlineData("ولافروف", "Q80137")]
    [InlineData("سيرجي لافروف", "Q80137")]
    [InlineData("Sergei Lavrov", "Q80137")]
    [InlineData("بيونغيانغ", "Q18808")]
    [InlineData("بيونغ يانغ", "Q18808")]
    [InlineData("وبيونغ يانغ", "Q18808")]
    [InlineData("تشوي سون هوي", "tl:choe-son-hui")]
    [InlineData("Choe Son-hui", "tl:choe-son-hui")]
    [InlineData("کوریا الشمالیة", "KP")]
    [InlineData("the Kremlin", "tl:kremlin")]
    [InlineData("وزير الخارجية الروسي", "office:RU:foreign_minister")]
    [InlineData("وزيرة الخارجية الكورية الشمالية", "office:KP:foreign_minister")]
    [InlineData("the North Korean leader", "office:KP:head_of_state")]
    [InlineData("Q7747", "Q7747")]
    // Envoys, ministers and bodies that speak on the relationship.
    [InlineData("فاسيلي نيبينزيا", "tl:vasily-nebenzya")]
    [InlineData("Vassily Nebenzia", "tl:vasily-nebenzya")]
    [InlineData("Kim Song", "tl:kim-song")]
    [InlineData("Kim Song Nam", "tl:kim-song-nam")]
    [InlineData("Yun Jong-ho", "tl:yun-jong-ho")]
    [InlineData("لي سيونغ كوين", "tl:lee-seong-kweun")]
    [InlineData("South Korea's spy agency", "tl:kr-nis")]
    [InlineData("السكك الحديدية الروسية", "tl:russian-railways")]
    // Outlets that carry the story, never parties to it.
    [InlineData("Kyodo", "tl:kyodo")]
    [InlineData("وكالة شينخوا", "tl:xinhua")]
    [InlineData("Izvestia", "tl:izvestia")]
    // Transliterations of one name that outlets use side by side.
    [InlineData("أوليغ كويمياكو", "tl:oleg-kozhemyako")]
    [InlineData("كوزيمياكو", "tl:oleg-kozhemyako")]
    [InlineData("Pak Kyong Chol", "tl:pak-kyong-chol")]
    [InlineData("Andrey Malyshev", "tl:andrei-malyshev")]
    // The chambers of Russia's parliament, named by their place in it.
    [InlineData("the upper house of Russia's parliament", "tl:federation-council")]
    [InlineData("الغرفة العليا في البرلمان الروسي", "tl:federation-council")]
    [InlineData("Russia's lower house", "tl:state-duma")]
    // People of 2023–2025 coverage: envoys, generals, the leader's family and foreign officials who speak on the alliance.
    [InlineData("فيكتور غورميكين", "tl:viktor-goremykin")]
    [InlineData("Viktor Goremykin", "tl:viktor-goremykin")]
    [InlineData("سيرغي تسيفيليف", "tl:sergei-tsivilev")]
    [InlineData("كيم جو آي", "tl:kim-ju-ae")]
    [InlineData("Kim Ju-ae", "tl:kim-ju-ae")]
    [InlineData("ري سول جو", "tl:ri-sol-ju")]
    [InlineData("كيم يونج بوك", "tl:kim-yong-bok")]
    [InlineData("Kim Yong-bok", "tl:kim-yong-bok")]
    [InlineData("جو تشون ريونغ", "tl:jo-chun-ryong")]
    [InlineData("كيم إيل جوك", "tl:kim-il-guk")]
    [InlineData("لوكاشينكو", "tl:alexander-lukashenko")]
    [InlineData("ماكسيم روزنكوف", "tl:maxim-ryzhenkov")]
    [InlineData("سابرينا سينغ", "tl:sabrina-singh")]
    [InlineData("أوليكساندر سيرسكي", "tl:oleksandr-syrskyi")]
    [InlineData("تشاو له جي", "tl:zhao-leji")]
    [InlineData("Lim Soo-suk", "tl:lim-soo-suk")]
    [InlineData("تشيه سون هي", "tl:choe-son-hui")]
    [InlineData("تشوي ريونغ هيه", "tl:choe-ryong-hae")]
    [InlineData("ألكسندر خينشتاين", "tl:alexander-khinshtein")]
    [InlineData("أليكسي كريفوروتشكو", "tl:alexei-krivoruchko")]
    [InlineData("باك يونغ إيل", "tl:pak-yong-il")]
    [InlineData("No Gwang-chol", "tl:no-kwang-chol")]
    [InlineData("لي يونغ غيل", "tl:ri-yong-gil")]
    [InlineData("كيم يو إيل", "tl:kim-yu-il")]
    [InlineData("ألكسندر كورينكوف", "tl:alexander-kurenkov")]
    [InlineData("نام تشول غوانغ", "tl:nam-chol-gwang")]
    [InlineData("Kim Seung-doo", "tl:kim-song-du")]
    [InlineData("سيرغي كرافتسوف", "tl:sergey-kravtsov")]
    [InlineData("ميخائيل موراشكو", "tl:mikhail-murashko")]
    [InlineData("Jong Mu-rim", "tl:jong-mu-rim")]
    [InlineData("لي بيون تشول", "tl:ri-pyong-chol")]
    [InlineData("حزب العمل الكوري", "tl:wpk")]
    [InlineData("كيم هونغ-كيون", "tl:kim-hong-kyun")]
    [InlineData("Serhiy Kyslytsya", "tl:sergiy-kyslytsya")]
    [InlineData("جورجي زينوفيف", "tl:georgy-zinoviev")]
    public void Finds_actors_by_any_spelling(string alias, string expectedId) =>
        Assert.Equal(expectedId, G.Find(alias)?.Id);

    /// <summary>Each spelling is found whole (not just its first word, e.g. a bare "كيم") and names the right actor.</summary>
    [Theory]
    [InlineData("قال سيرجي شويغو إن التعاون العسكري مع بيونغ يانغ سيتعزز.", "سيرجي شويغو", "tl:sergei-shoigu")]
    [InlineData("وصل سيرغي شويقو إلى بيونغ يانغ في زيارة رسمية.", "سيرغي شويقو", "tl:sergei-shoigu")]
    [InlineData("Sergei Shoygu arrived in Pyongyang on Tuesday.", "Sergei Shoygu", "tl:sergei-shoigu")]
    [InlineData("التقى أندريه بيلاوسوف نظيره الكوري الشمالي في موسكو.", "أندريه بيلاوسوف", "tl:andrei-belousov")]
    [InlineData("قال ديميتري بيسكوف إن الكرملين يرحب بالزيارة.", "ديميتري بيسكوف", "tl:dmitry-peskov")]
    [InlineData("وأكد ديمتري بسكوف أن موعد الزيارة لم يحدد بعد.", "ديمتري بسكوف", "tl:dmitry-peskov")]
    [InlineData("Dmitriy Peskov told reporters the visit was being prepared.", "Dmitriy Peskov", "tl:dmitry-peskov")]
    [InlineData("قالت زخاروفا إن موسكو تدين العقوبات الجديدة.", "زخاروفا", "tl:maria-zakharova")]
    [InlineData("وصفت ماريا زخاروفا التدريبات الأمريكية بالاستفزازية.", "ماريا زخاروفا", "tl:maria-zakharova")]
    [InlineData("زار مدفيدف بيونغ يانغ على رأس وفد حزبي.", "مدفيدف", "Q23530")]
    [InlineData("قال ديميتري ميدفيديف إن العلاقات مع بيونغ يانغ تتطور.", "ديميتري ميدفيديف", "Q23530")]
    [InlineData("ترأس ألكساندر كوزلوف اللجنة الحكومية المشتركة في بيونغ يانغ.", "ألكساندر كوزلوف", "tl:alexander-kozlov")]
    [InlineData("استقبلت ماتفينكو وفدا برلمانيا من كوريا الشمالية.", "ماتفينكو", "tl:valentina-matviyenko")]
    [InlineData("التقت فالنتينا ماتفينكو رئيس البرلمان الكوري الشمالي.", "فالنتينا ماتفينكو", "tl:valentina-matviyenko")]
    [InlineData("استقبل كيم جونق أون وزير الخارجية الروسي في بيونغ يانغ.", "كيم جونق أون", "Q56226")]
    [InlineData("استقبل كم جونغ أون الوفد الروسي في بيونغ يانغ.", "كم جونغ أون", "Q56226")]
    [InlineData("حذرت كيم يو جونق من عواقب التدريبات المشتركة.", "كيم يو جونق", "tl:kim-yo-jong")]
    [InlineData("التقت شوي سون هي نظيرها الروسي في موسكو.", "شوي سون هي", "tl:choe-son-hui")]
    [InlineData("Choi Sun Hui met her Russian counterpart in Moscow.", "Choi Sun Hui", "tl:choe-son-hui")]
    [InlineData("استقبل باك تاي سونق وزير الموارد الطبيعية الروسي.", "باك تاي سونق", "tl:pak-thae-song")]
    [InlineData("التقى باك ثاي سونج الوفد الروسي في بيونغ يانغ.", "باك ثاي سونج", "tl:pak-thae-song")]
    [InlineData("استقبل بارك تاي سونج الوفد الروسي في بيونغ يانغ.", "بارك تاي سونج", "tl:pak-thae-song")]
    [InlineData("التقى نو كوانج شول وزير الدفاع الروسي.", "نو كوانج شول", "tl:no-kwang-chol")]
    [InlineData("وصل نو كوانق تشول إلى موسكو في زيارة رسمية.", "نو كوانق تشول", "tl:no-kwang-chol")]
    [InlineData("وصل رو كوانغ تشول إلى موسكو في زيارة رسمية.", "رو كوانغ تشول", "tl:no-kwang-chol")]
    [InlineData("زار كيم جونق إيل موسكو بالقطار في عام 2001.", "كيم جونق إيل", "tl:kim-jong-il")]
    [InlineData("زار كيم جون إيل فلاديفوستوك في عام 2002.", "كيم جون إيل", "tl:kim-jong-il")]
    [InlineData("زار كم جونغ إل موسكو بالقطار في عام 2001.", "كم جونغ إل", "tl:kim-jong-il")]
    [InlineData("زار كيم إيل سون موسكو في عام 1984.", "كيم إيل سون", "tl:kim-il-sung")]
    [InlineData("زار كيم إيل سونق موسكو في عام 1984.", "كيم إيل سونق", "tl:kim-il-sung")]
    [InlineData("زار كم إيل سونغ موسكو في عام 1984.", "كم إيل سونغ", "tl:kim-il-sung")]
    [InlineData("وصل لافروف إلى بيونجيانج في زيارة تستغرق يومين.", "بيونجيانج", "Q18808")]
    [InlineData("وصل لافروف إلى بيونجيانغ في زيارة تستغرق يومين.", "بيونجيانغ", "Q18808")]
    [InlineData("عقد الزعيمان قمة في فلاديفستوك.", "فلاديفستوك", "Q959")]
    [InlineData("ذكرت وكالة الأنباء الرسمية الكورية الشمالية أن الزعيم استقبل الوفد.", "وكالة الأنباء الرسمية الكورية الشمالية", "tl:kcna")]
    [InlineData("ذكرت وكالة الأنباء الكورية الرسمية أن الزعيم استقبل الوفد.", "وكالة الأنباء الكورية الرسمية", "tl:kcna")]
    // An outlet named by its country's adjective is the outlet, not the state: it reports, it takes no part.
    [InlineData("وبحسب ما ذكرته وكالة الأنباء الكورية الجنوبية اليوم، زارت الوزيرة موسكو.", "وكالة الأنباء الكورية الجنوبية", "tl:yonhap")]
    [InlineData("ونقلت هيئة الإذاعة الكورية الجنوبية عن مصادر رسمية أن الوزيرة غادرت.", "هيئة الإذاعة الكورية الجنوبية", "tl:kbs")]
    [InlineData("وبث التلفزيون المركزي الكوري مشاهد من الاستقبال.", "التلفزيون المركزي الكوري", "tl:kctv")]
    [InlineData("وأفادت إذاعة صوت كوريا بأن الزعيم غادر العاصمة.", "إذاعة صوت كوريا", "tl:voice-of-korea")]
    [InlineData("وقعت روسيا الاتحادية معاهدة شراكة استراتيجية مع بيونغ يانغ.", "روسيا الاتحادية", "RU")]
    [InlineData("وشدد حزب العمال الكوري الشمالي على دعم روسيا.", "حزب العمال الكوري الشمالي", "tl:wpk")]
    [InlineData("أجرت كوريا الديموقراطية تجربة صاروخية جديدة.", "كوريا الديموقراطية", "KP")]
    [InlineData("وقعت جمهورية كوريا الشعبية الديموقراطية اتفاقا مع موسكو.", "جمهورية كوريا الشعبية الديموقراطية", "KP")]
    [InlineData("وقعت جمهورية كوريا الديمقراطية الشعبية اتفاقا مع موسكو.", "جمهورية كوريا الديمقراطية الشعبية", "KP")]
    [InlineData("وقعت جمهورية كوريا الديموقراطية الشعبية اتفاقا مع موسكو.", "جمهورية كوريا الديموقراطية الشعبية", "KP")]
    [InlineData("وقعت الجمهورية الشعبية الديمقراطية الكورية اتفاقا مع موسكو.", "الجمهورية الشعبية الديمقراطية الكورية", "KP")]
    [InlineData("وصل كيم يونغ بوك إلى موسكو على رأس وفد عسكري.", "كيم يونغ بوك", "tl:kim-yong-bok")]
    [InlineData("رافقت كيم جو آي والدها في زيارته إلى بكين.", "كيم جو آي", "tl:kim-ju-ae")]
    [InlineData("قال سيرسكي إن القوات الكورية الشمالية تكبدت خسائر كبيرة.", "سيرسكي", "tl:oleksandr-syrskyi")]
    [InlineData("التقى ماكسيم ريجينكوف وزيرة الخارجية الكورية الشمالية في بيونغ يانغ.", "ماكسيم ريجينكوف", "tl:maxim-ryzhenkov")]
    [InlineData("Lukashenko said he was ready to visit Pyongyang.", "Lukashenko", "tl:alexander-lukashenko")]
    [InlineData("Jo Chun-ryong accompanied the leader to the cosmodrome.", "Jo Chun-ryong", "tl:jo-chun-ryong")]
    public void Recognises_the_spellings_outlets_use_for_core_actors(string sentence, string spelling, string expectedId)
    {
        var at = sentence.IndexOf(spelling, StringComparison.Ordinal);
        var tokens = Tokenizer.Tokenize(sentence, 0, sentence.Length);
        var mention = Assert.Single(ActorRecognizer.Default.Find(sentence, tokens), m => tokens[m.First].Start <= at && at < tokens[m.Last].End);
        Assert.Equal(spelling, sentence[tokens[mention.First].Start..tokens[mention.Last].End]);
        Assert.Equal(expectedId, mention.Actor.Id);
    }

    [Fact]
    public void Unknown_names_are_not_found() => Assert.Null(G.Find("شيغيرو إيشيبا الثاني"));

    [Theory]
    [InlineData("2023-10-19", "tl:sergei-shoigu")]
    [InlineData("2024-05-11", "tl:sergei-shoigu")]
    [InlineData("2024-06-01", "tl:andrei-belousov")]
    public void Resolves_the_russian_defence_minister_at_a_date(string date, string expectedId) =>
        Assert.Equal(expectedId, G.HolderOf("office:RU:defence_minister", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    [Theory]
    [InlineData("office:JP:foreign_minister", "2022-06-01", "tl:yoshimasa-hayashi")]
    [InlineData("office:JP:defence_minister", "2024-01-15", "tl:minoru-kihara")]
    [InlineData("office:CN:head_of_government", "2025-10-09", "tl:li-qiang")]
    [InlineData("office:BY:head_of_state", "2025-09-03", "tl:alexander-lukashenko")]
    public void Resolves_offices_of_other_states_at_a_date(string office, string date, string expectedId) =>
        Assert.Equal(expectedId, G.HolderOf(office, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    /// <summary>Matsegora, Moscow's ambassador in Pyongyang, died on 6 December 2025; Starovoit on 7 July 2025.</summary>
    [Theory]
    [InlineData("tl:alexander-matsegora", "2025-12-05", true)]
    [InlineData("tl:alexander-matsegora", "2025-12-10", false)]
    [InlineData("tl:roman-starovoit", "2025-08-01", false)]
    public void People_take_no_part_in_events_after_their_death(string id, string date, bool active) =>
        Assert.Equal(active, G.ById(id)!.ActiveOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Resolves_the_north_korean_leader_in_2000_to_kim_jong_il() =>
        Assert.Equal("tl:kim-jong-il", G.HolderOf("office:KP:head_of_state", new DateOnly(2000, 7, 19))?.Id);

    [Fact]
    public void Every_actor_has_a_country_code_of_two_letters_or_none()
    {
        Assert.All(G.Actors, a => Assert.True(a.Country is null || a.Country.Length == 2, a.Id));
        Assert.False(string.IsNullOrWhiteSpace(G.Version));
        Assert.Contains(G.Actors, a => a.Kind == ActorKinds.State && a.Id == "RU");
    }

    [Theory]
    [InlineData("meeting", null, "CONSULT")]
    [InlineData("agreement", "ratification", "AGREE")]
    [InlineData("accusation", null, "ACCUSE")]
    [InlineData("statement", "warning", "THREATEN")]
    [InlineData("nonsense", null, "OTHER")]
    public void Maps_types_to_plover(string type, string? subtype, string expected) =>
        Assert.Equal(expected, EventTypeCatalog.Default.ToPlover(type, subtype).EventType);
}
