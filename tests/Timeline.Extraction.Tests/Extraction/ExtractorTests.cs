using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction;

namespace Timeline.Extraction.Tests.Extraction;

public class ExtractorTests
{
    private static IReadOnlyList<ExtractedEvent> Run(string text, string? published = "2024-06-19") =>
        EventExtractor.Default.Extract("article-1", text, published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture));

    private static ExtractedEvent Single(string text, string? published = "2024-06-19")
    {
        var events = Run(text, published);
        return Assert.Single(events);
    }

    private static List<string> Names(ExtractedEvent e) => [.. e.Participants.Select(p => p.Name)];

    // ---- actors and references
    [Theory]
    [InlineData("اجتمع وزير الخارجية الروسي مع زعيم كوريا الشمالية في بيونغ يانغ الخميس", "2023-10-19", "Sergey Lavrov", "Kim Jong Un")]
    [InlineData("وصل وزير الدفاع الروسي إلى بيونغ يانغ أمس في زيارة رسمية", "2024-09-14", "Andrei Belousov", null)]
    [InlineData("وصل وزير الدفاع الروسي إلى بيونغ يانغ أمس", "2023-07-26", "Sergei Shoigu", null)]
    [InlineData("The Russian foreign minister met the North Korean leader in Pyongyang on Thursday", "2023-10-19", "Sergey Lavrov", "Kim Jong Un")]
    [InlineData("التقى لافروف نظيرته الكورية الشمالية في موسكو الجمعة", "2024-11-01", "Sergey Lavrov", "Choe Son Hui")]
    [InlineData("Lavrov met his North Korean counterpart in Moscow on Friday", "2024-11-01", "Sergey Lavrov", "Choe Son Hui")]
    [InlineData("وعقد الزعيمان محادثات في بيونغ يانغ اليوم", "2024-06-19", "Vladimir Putin", "Kim Jong Un")]
    [InlineData("The two leaders held talks in Pyongyang on Wednesday", "2024-06-19", "Vladimir Putin", "Kim Jong Un")]
    [InlineData("واجتمع بوتين مع كيم جونج إيل في بيونغ يانغ في 19 تموز 2000", "2024-01-21", "Vladimir Putin", "Kim Jong Il")]
    // "The two ministers": the two people just named.
    [InlineData("Lavrov was greeted at the airport by North Korean Foreign Minister Choe Son Hui, and the two ministers held a first round of talks later on Friday", "2025-07-11", "Sergey Lavrov", "Choe Son Hui")]
    // A relative clause's subject is the noun it hangs on; "معه" is the one named before.
    [InlineData("وكان في استقبال بيلوسوف نظيره الكوري الشمالي نو كوانغ تشول، الذي عقد معه لاحقا محادثات رسمية", "2024-11-30", "No Kwang Chol", "Andrei Belousov")]
    public void Resolves_names_offices_and_references_to_people_at_the_event_date(string text, string published, string first, string? second)
    {
        var events = Run(text, published);
        Assert.NotEmpty(events);
        var e = events[0];
        Assert.Contains(first, Names(e));
        if (second is not null)
        {
            Assert.Contains(second, Names(e));
        }
    }

    [Fact]
    public void Dead_leaders_named_in_an_aside_do_not_take_part()
    {
        var e = Single("ووصل لافروف -الذي وضع أكاليل الزهور على نصبين تذكاريين للزعيمين الكوريين الشماليين السابقين كيم إيل سونغ وكيم جونغ إيل- إلى بيونغ يانغ ليل الأربعاء.", "2023-10-19");
        Assert.Equal(EventTypes.Visit, e.Type);
        Assert.Equal("2023-10-18", e.Date?.Value);
        Assert.Equal("Pyongyang", e.Location);
        Assert.DoesNotContain("Kim Jong Il", Names(e));
        Assert.DoesNotContain("Kim Il Sung", Names(e));
    }

    // ---- typing
    [Theory]
    [InlineData("وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون معاهدة الشراكة الاستراتيجية الشاملة في بيونغ يانغ اليوم", "agreement", "signing")]
    [InlineData("صادق مجلس الدوما الروسي على معاهدة الشراكة الاستراتيجية الشاملة مع كوريا الشمالية في 24 أكتوبر 2024", "agreement", "ratification")]
    [InlineData("The treaty between Russia and North Korea entered into force on December 4, 2024", "agreement", "entry_into_force")]
    [InlineData("أرسلت كوريا الشمالية آلاف الجنود إلى روسيا للقتال في منطقة كورسك الشهر الماضي", "military_cooperation", "troop_deployment")]
    [InlineData("اتهمت كوريا الجنوبية جارتها الشمالية بإرسال قذائف مدفعية إلى روسيا الأسبوع الماضي", "accusation", null)]
    [InlineData("Seoul accused North Korea of shipping artillery shells to Russia last week", "accusation", null)]
    [InlineData("وجه بوتين دعوة إلى كيم جونغ أون لزيارة موسكو خلال قمتهما اليوم", "invitation", null)]
    [InlineData("North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday", "visit", "arrival")]
    [InlineData("Putin and Kim held a phone call on Monday to discuss the treaty", "meeting", "phone_call")]
    [InlineData("ندد لافروف أمس في بيونغ يانغ بالسياسة الأمريكية تجاه كوريا الشمالية", "statement", "condemnation")]
    [InlineData("حضر وزير الدفاع الروسي سيرجي شويجو عرضا عسكريا في بيونغ يانغ إلى جانب الزعيم كيم جونغ أون", "other", null)]
    [InlineData("بحث لافروف مع نظيرته الكورية الشمالية تشوي سون هوي العلاقات الثنائية أمس", "meeting", "talks")]
    [InlineData("North Korea has dispatched thousands of soldiers to Russia, Seoul said", "accusation", null)]
    [InlineData("ووافق مجلس الاتحاد الروسي على معاهدة الشراكة مع كوريا الشمالية", "agreement", "ratification")]
    [InlineData("North Korean soldiers took part in operations to retake Russia's Kursk region", "military_cooperation", "troop_deployment")]
    // "3,000": a comma between digits does not cut the verb off from "troops".
    [InlineData("North Korea has sent 3,000 troops to Russia", "military_cooperation", "troop_deployment")]
    public void Types_events_from_the_trigger_lexicon(string text, string type, string? subtype)
    {
        var events = Run(text);
        Assert.Contains(events, e => e.Type == type && (subtype is null || e.Subtype == subtype));
    }

    // Saying something to or before a counterpart of the other side presupposes that they met; the counterpart's
    // nationality ("نظيرته الكورية الشمالية", "his North Korean counterpart") is not who was addressed.
    [Theory]
    [InlineData("ونقلت وكالات أنباء روسية عن لافروف قوله أمام نظيرته الكورية الشمالية تشوي سون هوي: «إن العلاقات وصلت إلى مستوى نوعي جديد» الخميس", "2023-10-20")]
    [InlineData("ونقلت وكالات الأنباء عن لافروف قوله لنظيرته الكورية الشمالية تشوي سون هوي إن العلاقات بين البلدين وصلت إلى مستوى جديد الخميس", "2023-10-20")]
    [InlineData("Lavrov told his North Korean counterpart Choe Son Hui on Thursday that relations had reached a new strategic level", "2023-10-20")]
    public void Remarks_addressed_to_a_counterpart_are_a_meeting_with_the_counterpart(string text, string published)
    {
        var meeting = Assert.Single(Run(text, published), e => e.Type == EventTypes.Meeting);
        Assert.Equal("2023-10-19", meeting.Date?.Value);
        Assert.Contains("Sergey Lavrov", Names(meeting));
        Assert.Contains("Choe Son Hui", Names(meeting));
    }

    [Fact]
    public void Ratification_and_signing_are_kept_apart()
    {
        var events = Run("وقع الزعيمان معاهدة الشراكة الشاملة في بيونغ يانغ في 19 يونيو 2024.\nوصادق مجلس الدوما الروسي على المعاهدة مع كوريا الشمالية في 24 أكتوبر 2024.", "2024-11-10");
        Assert.Contains(events, e => e.Subtype == "signing" && e.Date?.Value == "2024-06-19");
        Assert.Contains(events, e => e.Subtype == "ratification" && e.Date?.Value == "2024-10-24");
    }

    // ---- modality
    [Theory]
    [InlineData("سيزور وزير الدفاع الروسي بيونغ يانغ الشهر المقبل", "2024-06-19", "2024-07")]
    [InlineData("وسوف يلتقي لافروف وزيرة الخارجية الكورية الشمالية تشوي سون هوي في موسكو الأسبوع المقبل", "2024-10-25", "2024-11")]
    [InlineData("ومن المقرر أن يعقد الجانبان الروسي والكوري الشمالي اجتماعا مشتركا في نوفمبر/تشرين الثاني المقبل", "2023-10-19", "2023-11")]
    [InlineData("Kim Jong Un will visit Russia next month, the Kremlin said", "2024-06-19", "2024-07")]
    [InlineData("Putin and Kim Jong Un are due to sign a partnership treaty in Pyongyang", "2024-06-18", "2024-06")]
    public void Announced_events_are_planned_never_occurred(string text, string published, string date)
    {
        var events = Run(text, published);
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal(Modalities.Planned, e.Modality);
            Assert.Equal(date, e.Date?.Value);
        });
    }

    [Theory]
    [InlineData("وأثارت القمة المخاوف من أن بيونغ يانغ قد تزود موسكو بالأسلحة")]
    [InlineData("قال بوتين إن لديه الرغبة في زيارة كوريا الشمالية في وقت قريب")]
    [InlineData("Kim could visit Russia if relations keep improving")]
    [InlineData("وأكدت روسيا أنه لم يتم التوقيع على أي اتفاقيات مع كوريا الشمالية خلال الزيارة")]
    [InlineData("Russia and North Korea did not sign any agreement during the visit")]
    [InlineData("مشيرا إلى أنه «من الممكن» توقيع اتفاقية شراكة بين روسيا وكوريا الشمالية خلال الزيارة")]
    // Hearsay: what unnamed reports say is not told as fact.
    [InlineData("The treaty comes amid reports that more than 10,000 North Korean soldiers have been deployed to Russia")]
    [InlineData("Russia and North Korea are thought to have signed a deal on military cooperation and trade")]
    // "the visiting minister" describes the guest.
    [InlineData("Kim thanked the visiting minister for the message from Putin on Thursday.")]
    // The noun of "the first visit in 24 years" describes the visit the verb tells; "24 years ago" dates nothing.
    [InlineData("وقال الكرملين إن بوتين سيحضر المراسم في أول زيارة له إلى كوريا الشمالية منذ 24 عاما")]
    public void Wishes_possibilities_and_negated_events_are_not_reported(string text) =>
        Assert.DoesNotContain(Run(text), e => e.Type is EventTypes.Visit or EventTypes.Agreement or EventTypes.MilitaryCooperation);

    [Fact]
    public void A_denied_transfer_is_marked_denied()
    {
        var events = Run("ونفى الكرملين أن تكون كوريا الشمالية قد أرسلت قوات إلى روسيا الأسبوع الماضي", "2024-10-20");
        var transfer = Assert.Single(events, e => e.Type == EventTypes.MilitaryCooperation);
        Assert.Equal(Modalities.Denied, transfer.Modality);
    }

    // ---- relevance
    [Theory]
    [InlineData("قال الرئيس الأميركي دونالد ترامب إنه يعتزم السعي للتواصل مرة أخرى مع زعيم كوريا الشمالية كيم جونغ أون أمس")]
    [InlineData("قال رئيس الوزراء الياباني شيغيرو إيشيبا، الاثنين، إنه سيبقى في منصبه رغم خسارة حزبه الأغلبية البرلمانية")]
    [InlineData("Xi Jinping met Kim Jong Un in Beijing on Tuesday")]
    // Where a visitor leaves from is not where the visit is.
    [InlineData("ومن المقرر أن يتوجه لافروف من كوريا الشمالية إلى الصين")]
    public void Events_without_both_russia_and_north_korea_are_not_emitted(string text) => Assert.Empty(Run(text));

    [Fact]
    public void A_visit_told_by_its_verb_is_not_told_again_by_a_noun_framing_it()
    {
        var events = Run("ووصل بوتين إلى بيونغ يانغ فجر اليوم في أول زيارة له منذ 24 عاماً.\nوتأتي الزيارة بعد أن أكد البنتاغون الشهر الماضي أن كوريا الشمالية أرسلت نحو 10 آلاف جندي إلى روسيا.", "2024-06-19");
        var visit = Assert.Single(events, e => e.Type == EventTypes.Visit);
        Assert.Equal("2024-06-19", visit.Date?.Value);
        Assert.Contains(events, e => e.Type == EventTypes.Accusation && e.Date?.Value == "2024-05" && e.Countries.Contains("US"));
    }

    [Fact]
    public void A_claim_attributed_after_the_fact_is_an_accusation_by_the_speaker()
    {
        var e = Single("The United States has seen evidence that North Korea has sent troops to Russia, U.S. Defense Secretary Lloyd Austin said on Wednesday.", "2024-10-23");
        Assert.Equal(EventTypes.Accusation, e.Type);
        Assert.Equal("2024-10-23", e.Date?.Value);
        Assert.Contains("Lloyd Austin", Names(e));
    }

    [Fact]
    public void Russia_or_north_korea_confirming_its_own_troops_is_a_statement_as_well_as_the_deployment()
    {
        var events = Run("أكدت كوريا الشمالية، اليوم الاثنين، للمرة الأولى أنها نشرت قوات في روسيا", "2025-04-28");
        Assert.Contains(events, e => e.Type == EventTypes.Statement && e.Date?.Value == "2025-04-28");
        Assert.Contains(events, e => e.Type == EventTypes.MilitaryCooperation && e.Modality == Modalities.Occurred);
    }

    [Fact]
    public void The_other_sides_reply_the_same_day_is_a_statement_of_its_own()
    {
        var events = Run("On Monday, Putin thanked Kim Jong Un for the solidarity of North Korea.\nSouth Korea's Joint Chiefs of Staff condemned Pyongyang's military cooperation with Moscow.", "2025-04-28");
        Assert.Equal(2, events.Count(e => e.Type == EventTypes.Statement));
    }

    [Fact]
    public void A_remark_on_the_two_countries_right_after_the_talks_is_a_statement_made_at_the_talks()
    {
        var events = Run("وكانت تشوي قد أجرت الجمعة الماضي في موسكو محادثات مع نظيرها الروسي سيرغي لافروف.\nمن جانبه، أشاد لافروف بالاتصالات الوثيقة بين جيشي البلدين.", "2024-11-05");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        var remark = Assert.Single(events, e => e.Type == EventTypes.Statement);
        Assert.Equal("Sergey Lavrov", remark.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal(meeting.Date?.Value, remark.Date?.Value);
        Assert.Equal("2024-11-01", remark.Date?.Value);
    }

    [Fact]
    public void The_one_received_by_a_verb_with_an_object_pronoun_is_the_person_named_before()
    {
        var events = Run("وكانت تشوي قد زارت موسكو في يناير/كانون الثاني الماضي، حيث استقبلها بوتين في الكرملين.", "2024-11-05");
        var meeting = Assert.Single(events, e => e.Type == EventTypes.Meeting);
        Assert.Equal("2024-01", meeting.Date?.Value);
        Assert.Contains("Vladimir Putin", Names(meeting));
        Assert.Contains("Choe Son Hui", Names(meeting));
    }

    [Fact]
    public void A_sentence_turning_to_another_story_does_not_borrow_the_states_before_it()
    {
        var events = Run("اجتمع لافروف مع كيم جونغ أون الخميس في بيونغ يانغ.\nوفي سياق آخر، أعلنت وزارة الدفاع اليابانية أنها رصدت سفنا حربية صينية قرب جزر أوكيناوا.", "2023-10-19");
        Assert.Single(events);
    }

    [Fact]
    public void Signing_during_the_visit_takes_the_day_of_the_visit_and_is_the_same_signing()
    {
        var events = Run("ووصل بوتين إلى بيونغ يانغ فجر اليوم.\nووقع بوتين وكيم جونغ أون معاهدة الشراكة الاستراتيجية الشاملة اليوم.\nكما وقع الجانبان خلال الزيارة اتفاقات للتعاون في مجالات الصحة والتعليم.", "2024-06-19");
        var signing = Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-06-19", signing.Date?.Value);
    }

    [Fact]
    public void Arriving_for_talks_is_the_visit_and_not_yet_a_meeting()
    {
        var e = Single("Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday for talks with North Korean officials.", "2024-11-29");
        Assert.Equal(EventTypes.Visit, e.Type);
    }

    [Fact]
    public void The_next_leg_of_a_trip_under_way_is_part_of_the_trip()
    {
        var events = Run("وكان كيم قد وصل أمس الثلاثاء إلى روسيا على متن قطاره المصفح.\nومن المقرر أن يزور كيم بعد ذلك مدينة كومسومولسك على نهر آمور.", "2023-09-13");
        Assert.Single(events, e => e.Type == EventTypes.Visit);
    }

    [Fact]
    public void The_participle_that_reports_a_remark_speaks_for_the_sentences_subject()
    {
        var e = Single("At a news conference in Kazan on Thursday, President Vladimir Putin did not deny the reports, saying that how Russia implements its treaty with North Korea is its own business.", "2024-10-25");
        Assert.Equal(EventTypes.Statement, e.Type);
        Assert.Equal("Vladimir Putin", e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2024-10-24", e.Date?.Value);
    }

    // Arabic puts the subject after the verb, at times after a time adverbial; a name ending the clause before is not it.
    [Theory]
    [InlineData("بعد أسبوعين من زيارة الزعيم الكوري الشمالي لشرق روسيا، قال وزير الخارجية الروسي سيرغي لافروف اليوم إن العلاقات بين موسكو وبيونغ يانغ تتطور بسرعة", "Sergey Lavrov")]
    [InlineData("ويفترض أن تمهد المحادثات العسكرية لتعاون أوثق مع كوريا الشمالية، كما قال في وقت سابق الرئيس الروسي فلاديمير بوتين.", "Vladimir Putin")]
    public void An_arabic_reporting_verb_speaks_for_the_name_after_it_not_for_one_ending_the_clause_before(string text, string speaker)
    {
        var statement = Assert.Single(Run(text, "2023-09-27"), e => e.Type == EventTypes.Statement);
        Assert.Equal(speaker, statement.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
    }

    [Fact]
    public void Ratified_it_reads_the_treaty_named_earlier_in_the_sentence()
    {
        var events = Run("The treaty was signed by Vladimir Putin and Kim Jong Un in Pyongyang on June 19.\nPutin signed the law ratifying the pact on Nov. 9, and Kim ratified it by decree on Nov. 11.", "2024-12-04");
        Assert.Contains(events, e => e.Subtype == "ratification" && e.Date?.Value == "2024-11-11" && Names(e).Contains("Kim Jong Un"));
    }

    [Fact]
    public void The_subject_before_a_relative_clause_arrives_in_the_capital_of_the_state_it_names()
    {
        var e = Single("Shoigu, who was on his second visit to North Korea this month, arrived in the capital on Tuesday on the instructions of President Vladimir Putin.", "2025-06-18");
        Assert.Equal(EventTypes.Visit, e.Type);
        Assert.Equal("Sergei Shoigu", e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name);
        Assert.Equal("2025-06-17", e.Date?.Value);
        Assert.Contains("KP", e.Countries);
    }

    [Fact]
    public void The_treaty_of_the_article_is_between_the_states_that_signed_it()
    {
        var events = Run("ووقع بوتين والزعيم الكوري الشمالي كيم جونغ أون المعاهدة في 19 يونيو/حزيران الماضي.\nوكان مجلس الدوما (النواب) قد صادق على المعاهدة في 24 أكتوبر/تشرين الأول الماضي، فيما وافق عليها مجلس الاتحاد (الشيوخ) الأربعاء الماضي.", "2024-11-10");
        Assert.Contains(events, e => e.Subtype == "ratification" && e.Date?.Value == "2024-10-24");
        Assert.Contains(events, e => e.Subtype == "ratification" && e.Date?.Value == "2024-11-06");
    }

    [Fact]
    public void Who_reports_a_deployment_does_not_take_part_in_it()
    {
        var events = Run("وكان رئيس الأركان العامة الروسي فاليري غيراسيموف قد أعلن السبت أن وحدات كورية شمالية شاركت في استعادة كورسك.", "2025-04-28");
        var deployment = Assert.Single(events, e => e.Type == EventTypes.MilitaryCooperation);
        Assert.DoesNotContain("Valery Gerasimov", Names(deployment));
        Assert.Contains(events, e => e.Type == EventTypes.Statement && e.Date?.Value == "2025-04-26" && Names(e).Contains("Valery Gerasimov"));
    }

    [Fact]
    public void A_treaty_noun_that_a_verb_of_its_clause_tells_is_no_second_agreement()
    {
        var events = Run("During his previous visit on June 4, Shoigu met Kim Jong Un and discussed the strategic partnership treaty that Kim and Putin signed last June.", "2025-06-18");
        var agreement = Assert.Single(events, e => e.Type == EventTypes.Agreement);
        Assert.Equal("2024-06", agreement.Date?.Value);
        Assert.Contains(events, e => e.Type == EventTypes.Meeting && e.Date?.Value == "2025-06-04");
        Assert.Contains(events, e => e.Type == EventTypes.Visit && e.Date?.Value == "2025-06-04" && e.Countries.Contains("KP"));
    }

    // ---- dates, evidence, ids
    [Theory]
    // A date set off by commas after the subject, or fronted before the clause, dates the clause's event.
    [InlineData("استقبل الزعيم الكوري الشمالي كيم جونغ أون، أمس السبت، وزير الخارجية الروسي سيرغي لافروف في مدينة وونسان", "2025-07-13", "meeting", "2025-07-12")]
    [InlineData("On Monday, the Kremlin released a statement in which Putin thanked Kim Jong Un for the support of North Korea", "2025-04-28", "statement", "2025-04-28")]
    // A date in a clause of its own (an apposition in between) belongs to the event; the report's own date does not.
    [InlineData("North Korean leader Kim Jong Un met with Sergei Shoigu, secretary of Russia's Security Council, in Pyongyang on Friday and discussed cooperation, state media reported Saturday", "2024-09-14", "meeting", "2024-09-13")]
    // A "when" clause tells when the main clause happened.
    [InlineData("President Vladimir Putin invited Kim Jong Un to visit Moscow when the two leaders met in Pyongyang in June last year", "2025-04-30", "invitation", "2024-06")]
    // A clause continuing the previous event's subject shares its time.
    [InlineData("وكان لافروف قد وصل إلى وونسان الجمعة، وأجرى محادثات مع نظيرته تشوي سون هوي", "2025-07-13", "meeting", "2025-07-11")]
    // A deployment confirmed on Monday did not happen on Monday: undated, it takes the publication month.
    [InlineData("أكدت كوريا الشمالية، اليوم الاثنين، أنها أرسلت قوات إلى روسيا", "2025-04-28", "military_cooperation", "2025-04")]
    // The future is read clause by clause: the Tuesday the report was made on is the last one.
    [InlineData("North Korea will send 1,000 sappers to Russia's Kursk region, Sergei Shoigu said on Tuesday after talks with Kim Jong Un in Pyongyang", "2025-06-18", "meeting", "2025-06-17")]
    [InlineData("ومن المقرر أن يصل بوتين، الأربعاء، إلى بيونغ يانغ", "2024-06-17", "visit", "2024-06-19")]
    public void Dates_an_event_by_the_clause_that_tells_its_time(string text, string published, string type, string date)
    {
        var events = Run(text, published);
        Assert.Contains(events, e => e.Type == type && e.Date?.Value == date);
    }

    [Fact]
    public void Earlier_in_the_day_is_the_day_of_the_event_told_before()
    {
        var events = Run("North Korean leader Kim Jong Un met Sergei Shoigu in Pyongyang on Friday.\nShoigu arrived in Pyongyang earlier in the day on a working visit to North Korea.", "2024-09-14");
        Assert.Contains(events, e => e.Type == EventTypes.Visit && e.Date?.Value == "2024-09-13");
    }

    [Fact]
    public void Without_a_publication_date_or_an_absolute_date_the_event_has_no_date()
    {
        var e = Single("اجتمع لافروف مع كيم جونغ أون في بيونغ يانغ الخميس", null);
        Assert.Null(e.Date);
        Assert.Equal(DateDerivations.None, e.DateDerivation);
    }

    [Fact]
    public void A_weekday_that_contradicts_yesterday_is_flagged_and_costs_confidence()
    {
        var consistent = Single("أكد الزعيم الكوري الشمالي كيم جونغ أون، خلال استقباله وزير الخارجية الروسي سيرغي لافروف أمس (الخميس)، أنه يريد علاقات أوثق", "2023-10-20");
        var conflicting = Single("أكد الزعيم الكوري الشمالي كيم جونغ أون، خلال استقباله وزير الخارجية الروسي سيرغي لافروف أمس (الخميس)، أنه يريد علاقات أوثق", "2023-10-23");
        Assert.Null(consistent.DateConflict);
        Assert.NotNull(conflicting.DateConflict);
        Assert.True(conflicting.Confidence < consistent.Confidence);
    }

    [Fact]
    public void Evidence_offsets_point_into_the_original_body_and_ids_are_deterministic()
    {
        const string body = "عنوان\nتاريخ النشر: 19th, October 2023 GMT\nاجتمع وزير الخارجية الروسي سيرغي لافروف مع زعيم كوريا الشمالية كيم جونغ أون الخميس، بعدما ندد بسياسة الولايات المتحدة.\n";
        var first = EventExtractor.Default.Extract("a-1", body, new DateOnly(2023, 10, 19));
        var second = EventExtractor.Default.Extract("a-1", body, new DateOnly(2023, 10, 19));
        Assert.NotEmpty(first);
        Assert.All(first, e => Assert.Equal(e.Evidence.Sentence, body[e.Evidence.Start..e.Evidence.End]));
        Assert.Equal(first.Select(e => e.MentionId), second.Select(e => e.MentionId));
        Assert.NotEqual(first[0].MentionId, EventExtractor.Default.Extract("a-2", body, new DateOnly(2023, 10, 19))[0].MentionId);
    }

    [Fact]
    public void A_happening_told_twice_in_one_article_is_one_mention()
    {
        var events = Run("اجتمع لافروف مع كيم جونغ أون الخميس في بيونغ يانغ.\nوكان لافروف التقى كيم جونغ أون الخميس بعد وصوله.", "2023-10-19");
        Assert.Single(events, e => e.Type == EventTypes.Meeting);
    }

    [Fact]
    public void Statements_of_two_speakers_in_one_article_stay_two_mentions()
    {
        var events = Run("ويفترض أن ترسي محادثات لافروف أسس زيارة مقبلة لبوتين إلى كوريا الشمالية، كما قال في وقت سابق ناطق باسم الكرملين.\nوكان لافروف أشاد الأربعاء بدعم كوريا الشمالية لروسيا.", "2023-10-19");
        var statements = events.Where(e => e.Type == EventTypes.Statement).ToList();
        Assert.Equal(2, statements.Count);
        Assert.Contains(statements, e => e.Date?.Value == "2023-10-18" && e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name == "Sergey Lavrov");
        Assert.Contains(statements, e => e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name == "Dmitry Peskov");
    }

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov last week dismissed the reports as \"another fake\", and North Korea's mission to the United Nations on Monday called them \"groundless rumours\".")]
    [InlineData("ورفض المتحدث باسم الكرملين دميتري بيسكوف الأسبوع الماضي التقارير، فيما وصفتها بعثة كوريا الشمالية لدى الأمم المتحدة يوم الاثنين بأنها شائعات لا أساس لها.")]
    public void A_coordinated_clause_with_its_own_speaker_and_date_is_a_statement_of_its_own(string text)
    {
        var statements = Run(text, "2024-10-23").Where(e => e.Type == EventTypes.Statement).ToList();
        Assert.Equal(2, statements.Count);
        var peskov = Assert.Single(statements, e => e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name == "Dmitry Peskov");
        Assert.Equal("2024-10", peskov.Date?.Value);
        var mission = Assert.Single(statements, e => e.Participants.Single(p => p.Role == ParticipantRoles.Actor).Name == "North Korean Mission to the United Nations");
        Assert.Equal("2024-10-21", mission.Date?.Value);
    }

    [Fact]
    public void Glued_on_related_articles_after_the_story_are_not_read()
    {
        var story = string.Concat(Enumerable.Repeat("وقال محللون إن العلاقات بين البلدين شهدت تطورا كبيرا خلال العامين الماضيين.\n", 4));
        var body = story + "إقرأ أيضاً:\nاجتمع لافروف مع كيم جونغ أون الخميس في بيونغ يانغ.\n";
        Assert.Empty(EventExtractor.Default.Extract("a", body, new DateOnly(2023, 10, 19)));
    }

    [Fact]
    public void A_read_also_list_closed_by_end_of_list_does_not_end_the_story()
    {
        var story = string.Concat(Enumerable.Repeat("وقال محللون إن العلاقات بين البلدين شهدت تطورا كبيرا خلال العامين الماضيين.\n", 4));
        var body = story + "اقرأ أيضا\nlist of 2 items\nزلزال يضرب شمال اليابان\nend of list\nاجتمع لافروف مع كيم جونغ أون الخميس في بيونغ يانغ.\n";
        var e = Assert.Single(EventExtractor.Default.Extract("a", body, new DateOnly(2023, 10, 19)));
        Assert.Equal(EventTypes.Meeting, e.Type);
    }

    [Theory]
    [InlineData("بوتين يستقبل وزيرة خارجية كوريا الشمالية في الكرملين\nاستقبل الرئيس الروسي فلاديمير بوتين وزيرة خارجية كوريا الشمالية تشوي سون هوي في الكرملين أمس.")]
    [InlineData("Kim Jong Un meets Putin at Russian spaceport\nNorth Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny cosmodrome yesterday.")]
    public void The_headline_restating_the_lead_in_the_present_tense_yields_no_event_of_its_own(string body)
    {
        var headline = body.IndexOf('\n', StringComparison.Ordinal);
        var e = Assert.Single(EventExtractor.Default.Extract("a", body, new DateOnly(2024, 11, 5)));
        Assert.True(e.Evidence.Start > headline, e.Evidence.Sentence);
        Assert.Equal("2024-11-04", e.Date?.Value);
    }

    [Fact]
    public void The_summary_is_english_and_built_from_the_fields()
    {
        var e = Single("اجتمع وزير الخارجية الروسي سيرغي لافروف مع زعيم كوريا الشمالية كيم جونغ أون في بيونغ يانغ الخميس", "2023-10-19");
        Assert.Equal("Sergey Lavrov meets Kim Jong Un in Pyongyang.", e.Summary);
    }

    [Fact]
    public void The_version_names_the_code_and_every_data_file()
    {
        var v = EventExtractor.Default.Version;
        Assert.Contains("gazetteer.", v, StringComparison.Ordinal);
        Assert.Contains("triggers.", v, StringComparison.Ordinal);
        Assert.Contains("dates.", v, StringComparison.Ordinal);
    }
}
