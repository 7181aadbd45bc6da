using Timeline.Contracts;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Predicates;

/// <summary>How outlets say each kind of event: one sentence per predicate, Arabic and English, written for these tests.</summary>
public class PredicateVocabularyTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string published = "2024-06-21") => Stories.Extract(text, published);

    [Theory]
    [InlineData("Lavrov was greeted by Kim Jong Un in Wonsan on Thursday.", "meeting")]
    [InlineData("Putin and Kim Jong Un shook hands at the airport on Wednesday.", "meeting")]
    [InlineData("Vladimir Putin had talked by telephone with Kim Jong Un late on Tuesday.", "meeting")]
    [InlineData("وصافح بوتين كيم جونغ أون في المطار الأربعاء.", "meeting")]
    [InlineData("حل بوتين ضيفا على بيونغ يانغ الأربعاء.", "visit")]
    [InlineData("تفقد رئيس الوزراء الكوري الشمالي مصنعا للجرارات في قازان الخميس.", "visit")]
    [InlineData("Kim Jong Un crossed into Russia by train at dawn on Tuesday.", "visit")]
    [InlineData("Moscow and Pyongyang agreed on Wednesday to open a second border crossing.", "agreement")]
    [InlineData("وتوصلت موسكو وبيونغ يانغ الأربعاء إلى تفاهم بشأن خط للشحن البحري.", "agreement")]
    [InlineData("Vladimir Putin signed into law on Saturday the defence treaty Russia concluded with North Korea.", "agreement")]
    [InlineData("Putin and Kim Jong Un concluded a defence treaty in Pyongyang on Wednesday.", "agreement")]
    [InlineData("Putin and Kim Jong Un put their names to a partnership treaty on Wednesday.", "agreement")]
    [InlineData("Russia's upper house of parliament okayed the treaty with North Korea on Wednesday.", "agreement")]
    [InlineData("وأقر مجلس الاتحاد الروسي الأربعاء معاهدة الشراكة مع كوريا الشمالية.", "agreement")]
    [InlineData("The two governments signed a protocol on fisheries in Vladivostok on Wednesday.", "agreement")]
    [InlineData("وقعت روسيا وكوريا الشمالية الأربعاء بروتوكولا للتعاون في مجال الصيد.", "agreement")]
    [InlineData("ووقع البلدان الأربعاء ميثاق دفاع مشترك خلال القمة.", "agreement")]
    [InlineData("Lavrov and Choe Son Hui signed a plan of exchanges between their ministries in Wonsan on Wednesday.", "agreement")]
    [InlineData("ووقع لافروف وتشوي سون هوي الأربعاء برنامج التعاون بين الوزارتين للعامين المقبلين.", "agreement")]
    [InlineData("Moscow and Pyongyang held a strategic dialogue of their foreign ministries on Wednesday.", "meeting")]
    [InlineData("Alexander Kozlov and Yun Jong Ho co-chaired the intergovernmental commission in Pyongyang on Wednesday.", "meeting")]
    [InlineData("Vladimir Putin sent Kim Jong Un a congratulatory telegram on Wednesday.", "statement")]
    [InlineData("بعث الزعيم كيم جونغ أون الأربعاء برقية تهنئة إلى الرئيس فلاديمير بوتين.", "statement")]
    [InlineData("وأرسل الرئيس فلاديمير بوتين الأربعاء رسالة إلى الزعيم كيم جونغ أون بمناسبة عيد ميلاده.", "statement")]
    [InlineData("وهنأ الزعيم كيم جونغ أون الرئيس فلاديمير بوتين الأربعاء بمناسبة يوم روسيا.", "statement")]
    [InlineData("يهنئ الرئيس فلاديمير بوتين الزعيم كيم جونغ أون بعيد التحرير كل عام.", "statement")]
    [InlineData("Foreign Minister Choe Son Hui left for Moscow on Wednesday at the head of a delegation.", "visit")]
    [InlineData("غادرت وزيرة الخارجية تشوي سون هوي بيونغ يانغ الأربعاء متوجهة إلى موسكو.", "visit")]
    [InlineData("أعلنت بيونغ يانغ الخميس أن معاهدة الشراكة، المبرمة بين قائدي البلدين، أصبحت سارية المفعول.", "agreement")]
    [InlineData("The ruling parties of Russia and North Korea have reportedly signed a cooperation agreement on Wednesday.", "agreement")]
    [InlineData("Sergey Lavrov was warmly welcomed by Kim Jong Un in Wonsan on Friday.", "meeting")]
    [InlineData("Wrapping up a two-day visit to North Korea, Lavrov praised the ties between the two countries.", "visit")]
    [InlineData("Putin closed his speech on Wednesday by praising the courage of Kim Jong Un's soldiers.", "statement")]
    [InlineData("The partnership treaty between Russia and North Korea has entered force, state media said on Thursday.", "agreement")]
    [InlineData("Seoul and Washington allege that Pyongyang trades artillery shells for Russian oil.", "accusation")]
    [InlineData("وأصبحت معاهدة الشراكة بين روسيا وكوريا الشمالية سارية المفعول الأربعاء.", "agreement")]
    [InlineData("Kim Jong Un invited Putin to Pyongyang for a summit on Wednesday.", "invitation")]
    [InlineData("ودعا بوتين الأربعاء كيم جونغ أون إلى موسكو لإجراء محادثات.", "invitation")]
    [InlineData("شدد لافروف الخميس على أن العلاقات مع كوريا الشمالية تشهد ازدهارا.", "statement")]
    [InlineData("Lavrov reaffirmed on Thursday that Russia stands with North Korea.", "statement")]
    [InlineData("On Monday North Korea justified its military ties with Russia as lawful.", "statement")]
    [InlineData("وبررت كوريا الشمالية الاثنين تعاونها العسكري مع روسيا.", "statement")]
    [InlineData("Washington charges that Pyongyang keeps supplying Moscow with shells.", "accusation")]
    [InlineData("The EU sanctioned two North Korean generals on Monday over arms deliveries to Russia.", "accusation")]
    [InlineData("وبعثت كوريا الشمالية آلاف الجنود للقتال إلى جانب روسيا.", "military_cooperation")]
    [InlineData("Russian forces fired North Korean missiles at Kharkiv on January 2.", "military_cooperation")]
    [InlineData("أهدى بوتين كيم جونغ أون طقما من الأواني الروسية الأربعاء.", "other")]
    [InlineData("وتلقى كيم جونغ أون الأحد من أوليغ كوجيمياكو هدايا بينها سترة واقية.", "other")]
    [InlineData("Russia vetoed a UN resolution renewing the monitoring of sanctions on North Korea on Thursday.", "other")]
    [InlineData("واستخدمت روسيا، الخميس، حق النقض ضد تمديد عمل لجنة خبراء العقوبات على كوريا الشمالية.", "other")]
    [InlineData("وترأس كيم جونغ أون السبت حفلا لتكريم الجنود الذين قاتلوا في روسيا.", "other")]
    [InlineData("Russia resumed a weekly rail service between Moscow and Pyongyang on Sunday.", "other")]
    [InlineData("وصل لافروف إلى بيونغ يانغ تلبية لدعوة من نظيرته الكورية الشمالية.", "invitation")]
    public void Each_way_of_telling_an_event_is_read_as_its_type(string text, string type)
    {
        Assert.Contains(Run(text), e => e.Type == type);
    }

    [Theory]
    [InlineData("Vladimir Putin said on Friday that Russia takes the recently signed mutual treaty with North Korea seriously.")]
    [InlineData("Sergey Lavrov praised the newly concluded fishing deal with North Korea on Friday.")]
    public void A_participle_describing_an_agreement_noun_tells_no_signing(string text)
    {
        var events = Run(text, "2024-10-25");
        Assert.Contains(events, e => e.Type == EventTypes.Statement);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Agreement);
    }

    [Theory]
    [InlineData("Kim Jong Un received a warm birthday message from Vladimir Putin on Monday.", "Vladimir Putin")]
    [InlineData("تلقى كيم جونغ أون يوم الاثنين برقية تهنئة من الرئيس الروسي فلاديمير بوتين.", "Vladimir Putin")]
    [InlineData("Kim Jong Un sent a message of greeting to Vladimir Putin on Monday.", "Kim Jong Un")]
    [InlineData("Vladimir Putin and Kim Jong Un exchanged New Year messages on Monday.", "Vladimir Putin")]
    [InlineData("وتبادل بوتين وكيم جونغ أون يوم الاثنين رسائل التهنئة بالعام الجديد.", "Vladimir Putin")]
    public void A_message_sent_received_or_exchanged_is_the_sender_s_statement_and_no_meeting(string text, string sender)
    {
        var events = Run(text, "2024-10-08");
        var message = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Contains(message.Participants, p => p.Role == ParticipantRoles.Actor && p.Name == sender);
        Assert.Equal("2024-10-07", message.Date?.Value);
        Assert.DoesNotContain(events, e => e.Type == EventTypes.Meeting);
    }

    [Theory]
    [InlineData("Sergei Shoigu was in Pyongyang on Tuesday for talks with the North Korean leader.", "Sergei Shoigu", "2024-06-18")]
    [InlineData("Sergey Lavrov, who has been in the DPRK since Thursday, praised the new resort.", "Sergey Lavrov", "2024-06-20")]
    [InlineData("التقى كيم جونغ أون وزير الدفاع الروسي أندريه بيلوسوف الموجود في بيونغ يانغ منذ الخميس.", "Andrei Belousov", "2024-06-20")]
    public void A_person_being_in_the_other_side_s_country_is_on_a_visit(string text, string visitor, string date)
    {
        var visit = Assert.Single(Run(text), e => e.Type == EventTypes.Visit);
        Assert.Equal(visitor, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(date, visit.Date?.Value);
    }

    [Theory]
    [InlineData("Thousands of North Korean troops are in Russia, officials in Kyiv say.")]
    [InlineData("Sergey Lavrov was in Moscow on Tuesday for talks with Chinese diplomats.")]
    [InlineData("Sergey Lavrov said the relationship with North Korea is in line with the treaty.")]
    public void Troops_being_abroad_a_traveller_at_home_or_being_in_line_with_is_no_visit(string text)
    {
        Assert.DoesNotContain(Run(text), e => e.Type == EventTypes.Visit);
    }

    [Theory]
    // A third party's claim about arms or troops accuses, however it is attributed, and whoever claims it.
    [InlineData("Western countries accuse Pyongyang of feeding Moscow's army with rockets.", "the West")]
    [InlineData("Western countries have reported that North Korea sent artillery shells to Russia.", "the West")]
    [InlineData("Mark Rutte, who leads the alliance, said on Monday that North Korean units had been sent to Russia.", "Mark Rutte")]
    [InlineData("وتعتقد الولايات المتحدة أن كوريا الشمالية أرسلت صواريخ إلى روسيا.", "United States")]
    public void A_third_party_claim_of_arms_or_troops_is_an_accusation_by_the_claimant(string text, string claimant)
    {
        var accusation = Assert.Single(Run(text, "2024-10-29"), e => e.Type == EventTypes.Accusation);
        Assert.Equal(claimant, accusation.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.DoesNotContain(Run(text, "2024-10-29"), e => e.Type == EventTypes.MilitaryCooperation);
    }

    [Theory]
    [InlineData("Lavrov handed Kim Jong Un a personal letter from Vladimir Putin on Friday.", "Sergey Lavrov")]
    [InlineData("ونقل لافروف إلى كيم جونغ أون الجمعة تحيات الرئيس فلاديمير بوتين.", "Sergey Lavrov")]
    public void An_envoy_passing_on_a_leaders_message_makes_a_statement_for_the_leader(string text, string envoy)
    {
        var statement = Assert.Single(Run(text, "2025-07-13"), e => e.Type == EventTypes.Statement);
        Assert.Equal(envoy, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains(statement.Participants, p => p.Name == "Vladimir Putin");
        Assert.Equal("2025-07-11", statement.Date?.Value);
    }

    [Theory]
    // The word that makes the verb a gift stands far off, past the names and titles of giver and receiver.
    [InlineData("وقدم فلاديمير بوتين، رئيس روسيا، إلى كيم جونغ أون، الزعيم الكوري الشمالي، الأربعاء بندقية صيد مزخرفة هدية.")]
    [InlineData("Vladimir Putin, the Russian president, presented Kim Jong Un, the North Korean leader, with an engraved hunting rifle as a gift.")]
    public void A_gift_is_read_however_long_the_names_between_verb_and_gift(string text)
    {
        var gift = Assert.Single(Run(text, "2024-06-21"), e => e.Type == EventTypes.Other);
        Assert.Contains(gift.Participants, p => p.Name == "Vladimir Putin");
        Assert.Contains(gift.Participants, p => p.Name == "Kim Jong Un");
    }

    [Theory]
    // Agreements told of in a relative clause are no news of their own.
    [InlineData("وقال لافروف إن الزيارة فرصة لمراجعة الاتفاقيات التي تم التوصل إليها بين روسيا وكوريا الشمالية.", "agreement")]
    // "Pointed to" is too often "drew attention": not a reporting verb.
    [InlineData("ولفت انتباه المراقبين أن روسيا وكوريا الشمالية تقاربتا.", "statement")]
    public void Words_with_a_second_sense_are_not_read_as_events(string text, string type)
    {
        Assert.DoesNotContain(Run(text), e => e.Type == type);
    }

    [Theory]
    [InlineData("قال مجلس الدوما إن رئيسه فياتشيسلاف فولودين سيرأس وفدا في زيارة رسمية إلى بيونغ يانغ يوم الخميس.")]
    [InlineData("أعلنت الخارجية الروسية أن لافروف سيقود وفدا في زيارة إلى بيونغ يانغ يوم الخميس.")]
    public void Who_will_lead_a_delegation_on_a_visit_tells_a_planned_visit(string text)
    {
        var visit = Assert.Single(Run(text, "2025-08-12"), e => e.Type == EventTypes.Visit);
        Assert.Equal(Modalities.Planned, visit.Modality);
        Assert.Equal("2025-08-14", visit.Date?.Value);
    }

    [Theory]
    [InlineData("North Korean media said a Russian delegation arrived in Pyongyang on Tuesday.", "North Korea")]
    [InlineData("Russian state television said a North Korean delegation arrived in Moscow on Tuesday.", "Russia")]
    [InlineData("The North's state media said a Russian delegation arrived in Pyongyang on Tuesday.", "North Korea")]
    public void The_nationality_of_the_media_reporting_a_trip_makes_no_participant(string text, string mediaState)
    {
        var visit = Assert.Single(Run(text, "2023-11-15"), e => e.Type == EventTypes.Visit);
        Assert.DoesNotContain(visit.Participants, p => p.Name == mediaState);
    }

    [Theory]
    [InlineData("Kim Jong Un ratified the treaty with Russia on Monday. Vladimir Putin also signed the treaty into law on Saturday.")]
    [InlineData("Kim Jong Un ratified the treaty with Russia on Monday. Vladimir Putin signed a law ratifying it on Saturday.")]
    public void Signing_a_treaty_into_law_ratifies_it(string text)
    {
        var ratifications = Run(text, "2024-11-13").Where(e => e.Type == EventTypes.Agreement && e.Subtype == "ratification").ToList();
        Assert.Contains(ratifications, r => r.Date?.Value == "2024-11-09" && r.Participants.Any(p => p.Name == "Vladimir Putin"));
    }

    [Theory]
    [InlineData("North Korea has sent a delegation to Moscow for talks with Russian officials.", "North Korea")]
    [InlineData("أوفدت كوريا الشمالية وفدا إلى موسكو لإجراء مباحثات مع المسؤولين الروس.", "North Korea")]
    [InlineData("A North Korean delegation returned home on Saturday after a week-long visit to Russia.", "North Korea")]
    [InlineData("وذكرت الوكالة أن نائب وزير الخارجية الكوري الشمالي سين هونغ تشول ترأس وفدا إلى موسكو لإجراء محادثات.", "Sin Hong Chol")]
    [InlineData("اجتمع كيم جونغ أون مع وزير الموارد الطبيعية الروسي ألكسندر كوزلوف يوم الاثنين. ووصل وفد من الأكاديمية العسكرية لهيئة الأركان العامة للجيش الروسي إلى بيونغ يانغ يوم الاثنين.", "Russia")]
    public void Sending_a_delegation_or_coming_back_from_a_visit_tells_the_visit(string text, string traveller)
    {
        var visit = Assert.Single(Run(text), e => e.Type == EventTypes.Visit);
        Assert.Equal(traveller, visit.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Contains("RU", visit.Countries);
    }

    [Theory]
    [InlineData("وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ يوم الجمعة، حيث كان في استقباله زعيم كوريا الشمالية كيم جونغ أون.")]
    [InlineData("وكان في استقبال سيرغي لافروف لدى وصوله إلى مطار بيونغ يانغ وزيرة الخارجية الكورية الشمالية تشوي سون هوي.")]
    public void Being_there_to_receive_a_guest_is_a_meeting(string text)
    {
        var meeting = Assert.Single(Run(text, "2025-07-12"), e => e.Type == EventTypes.Meeting);
        Assert.Contains(meeting.Participants, p => p.Name == "Sergey Lavrov");
        Assert.Contains("KP", meeting.Countries);
    }

    [Theory]
    [InlineData("Lavrov said on Monday that ties between Russia and North Korea had received a powerful impetus.")]
    [InlineData("Moscow's cooperation with Pyongyang has received fresh momentum, Lavrov said on Monday.")]
    public void Ties_receiving_an_impetus_receive_nobody(string text) =>
        Assert.DoesNotContain(Stories.Extract(text, "2025-10-28"), e => e.Type == EventTypes.Meeting);

    [Fact]
    public void The_visiting_delegation_is_received_on_the_day_told()
    {
        var meeting = Assert.Single(Stories.Extract("Kim Jong Un received the visiting Russian delegation on Friday.", "2025-10-28"));

        Assert.Equal(EventTypes.Meeting, meeting.Type);
        Assert.Equal("2025-10-24", meeting.Date!.Value);
    }
}
