using Timeline.Contracts;
using Timeline.Storage;
using Timeline.TimelineService.Merging;
using static Timeline.TimelineService.Tests.Extractions;

namespace Timeline.TimelineService.Tests;

public sealed class EventMergerTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<List<TimelineEvent>> Live(IEventStore? store = null) =>
        [.. (await (store ?? _temp.Store).QueryAsync(new EventQuery { Limit = 1000 }, Ct)).Items];

    [Fact]
    public async Task Merges_reports_of_the_same_meeting_from_three_outlets()
    {
        var merger = _temp.Merger();

        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2023, 10, 19), [Kim, Lavrov])), Ct);
        // The third outlet dates it a day earlier (time zones): it still joins, and the disagreement stays visible.
        await merger.ApplyAsync(Article("a3", "aljazeera.net", T0.AddHours(2), Mention("a3:m1", Day(2023, 10, 18), [Lavrov, Kim], derivation: DateDerivations.Relative)), Ct);

        var e = Assert.Single(await Live());
        Assert.Equal(3, e.SourceCount);
        Assert.Equal(3, e.ArticleCount);
        Assert.Equal("2023-10-19", e.Date!.Value);
        Assert.Equal(["2023-10-18 (1 mention)"], e.DateDisagreements);
        Assert.Equal(3, e.Version);
        Assert.Equal(["a1:m1", "a2:m1", "a3:m1"], e.Mentions.Select(m => m.MentionId));
    }

    [Fact]
    public async Task The_same_article_delivered_twice_changes_nothing()
    {
        var merger = _temp.Merger();
        var message = Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim]), Mention("a1:m2", Month(2024, 6), [Putin, Kim], type: EventTypes.Agreement));

        var first = await merger.ApplyAsync(message, Ct);
        var before = await Live();
        var second = await merger.ApplyAsync(message with { Events = [.. message.Events] }, Ct);

        Assert.Equal(MergeDisposition.Applied, first.Disposition);
        Assert.Equal(2, first.Created.Count);
        Assert.Equal(MergeDisposition.Duplicate, second.Disposition);
        Assert.Empty(second.Created);
        Assert.Empty(second.Updated);
        var after = await Live();
        Assert.Equal(before.Select(e => (e.Id, e.Version)), after.Select(e => (e.Id, e.Version)));
    }

    [Fact]
    public async Task An_older_extraction_arriving_after_a_newer_one_is_ignored()
    {
        var merger = _temp.Merger();
        var older = Article("a1", "tass.ru", T0, Mention("a1:m1", Month(2023, 10), [Lavrov, Kim]), Mention("a1:m2", Day(2023, 11, 5), [Lavrov, Kim], type: EventTypes.Statement));
        var newer = Article("a1", "tass.ru", T0.AddDays(1), Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim])) with { ExtractorVersion = "1.1.0" };

        await merger.ApplyAsync(newer, Ct);
        var late = await merger.ApplyAsync(older, Ct);

        Assert.Equal(MergeDisposition.Stale, late.Disposition);
        var e = Assert.Single(await Live());
        Assert.Equal("2023-10-19", e.Date!.Value);
        Assert.Equal(1, e.Version);
        Assert.Equal(new AppliedExtraction("a1", newer.ExtractedAt, EventMerger.Fingerprint(newer)), await _temp.Store.GetAppliedExtractionAsync("a1", Ct));
    }

    [Fact]
    public async Task A_planned_event_becomes_occurred_keeping_one_event_and_its_history()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Month(2024, 6), [Putin, Kim], type: EventTypes.Visit, modality: Modalities.Planned, summary: "Putin to visit Pyongyang")), Ct);
        var planned = Assert.Single(await Live());

        var outcome = await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddDays(20), Mention("a2:m1", Day(2024, 6, 19), [Putin, Kim], type: EventTypes.Visit, summary: "Putin arrived in Pyongyang")), Ct);

        var occurred = Assert.Single(await Live());
        Assert.Equal(planned.Id, occurred.Id);
        Assert.Equal(Modalities.Planned, planned.Status);
        Assert.Equal(Modalities.Occurred, occurred.Status);
        Assert.Equal("2024-06-19", occurred.Date!.Value);
        Assert.Equal("Putin arrived in Pyongyang", occurred.Summary);
        Assert.Equal(2, occurred.Version);
        Assert.Contains(occurred.History, h => h.Change == "status planned → occurred" && h.FromVersion == 1);
        Assert.Contains(occurred.History, h => h.Change == "created");
        var update = Assert.Single(outcome.Updated);
        Assert.Contains("status planned → occurred", update.Changes);
    }

    [Fact]
    public async Task A_day_precision_mention_refines_a_month_precision_event()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Month(2023, 10), [Lavrov, Kim], derivation: DateDerivations.PublicationDate)), Ct);

        var outcome = await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(3), Mention("a2:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);

        var e = Assert.Single(await Live());
        Assert.Equal(DatePrecisions.Day, e.Date!.Precision);
        Assert.Equal(new DateOnly(2023, 10, 19), e.Date.Start);
        Assert.Empty(e.DateDisagreements);
        Assert.Contains("date refined 2023-10 → 2023-10-19", Assert.Single(outcome.Updated).Changes);
    }

    [Fact]
    public async Task New_evidence_joining_two_events_merges_them_and_the_other_id_redirects()
    {
        var merger = _temp.Merger();
        // Four days apart: beyond the day tolerance, so at first they are two events.
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 17), [Lavrov, Kim])), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2023, 10, 21), [Lavrov, Kim])), Ct);
        var before = await Live();
        Assert.Equal(2, before.Count);

        var outcome = await merger.ApplyAsync(Article("a3", "aljazeera.net", T0.AddHours(2), Mention("a3:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);

        var survivor = Assert.Single(await Live());
        var merged = Assert.Single(outcome.Merged);
        var retiredId = Assert.Single(merged.RetiredIds);
        Assert.Contains(survivor.Id, before.Select(e => e.Id));
        Assert.Contains(retiredId, before.Select(e => e.Id));
        Assert.NotEqual(survivor.Id, retiredId);
        Assert.Equal(3, survivor.ArticleCount);
        Assert.Equal(survivor.Id, merged.Event.Id);
        var retired = await _temp.Store.GetAsync(retiredId, Ct);
        Assert.Equal(EventStatuses.Retired, retired!.Status);
        Assert.Equal(survivor.Id, retired.MergedInto);
        Assert.Contains(survivor.History, h => h.Change == $"merged {retiredId}");
        Assert.Empty(outcome.Created);
    }

    [Fact]
    public async Task A_month_precision_report_does_not_bridge_two_days_of_the_same_pair()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2025, 8, 12), [Putin, Kim])), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2025, 8, 25), [Putin, Kim])), Ct);

        var outcome = await merger.ApplyAsync(Article("a3", "yonhap.co.kr", T0.AddHours(2), Mention("a3:m1", Month(2025, 8), [Putin, Kim], derivation: DateDerivations.PublicationDate)), Ct);

        var live = await Live();
        Assert.Equal(2, live.Count);
        Assert.Equal(["2025-08-12", "2025-08-25"], live.Select(e => e.Date!.Value).Order(StringComparer.Ordinal));
        Assert.Empty(outcome.Merged);
        Assert.Equal(3, live.Sum(e => e.ArticleCount));
    }

    [Fact]
    public async Task Background_dated_by_publication_months_apart_stays_one_event_per_month()
    {
        var merger = _temp.Merger();
        // "North Korea has sent troops to Russia", told without a date in June, July and August.
        foreach (var (id, month) in new[] { ("a1", 6), ("a2", 7), ("a3", 8) })
        {
            await merger.ApplyAsync(Article(id, $"{id}.example", T0.AddHours(month), Mention($"{id}:m1", Month(2025, month), [NorthKorea, Russia], type: EventTypes.MilitaryCooperation, derivation: DateDerivations.PublicationDate)), Ct);
        }

        var live = await Live();
        Assert.Equal(["2025-06", "2025-07", "2025-08"], live.Select(e => e.Date!.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_month_dated_by_publication_still_joins_a_day_late_in_the_month_before()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2025, 7, 30), [Putin, Kim])), Ct);

        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Month(2025, 8), [Putin, Kim], derivation: DateDerivations.PublicationDate)), Ct);

        Assert.Equal("2025-07-30", Assert.Single(await Live()).Date!.Value);
    }

    [Fact]
    public async Task Reprocessing_with_fewer_mentions_retires_the_event_left_without_support()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0,
            Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim]),
            Mention("a1:m2", Day(2024, 6, 19), [Putin, Kim], type: EventTypes.Agreement)), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);
        var agreement = (await Live()).Single(e => e.Type == EventTypes.Agreement);
        var meeting = (await Live()).Single(e => e.Type == EventTypes.Meeting);

        var outcome = await merger.ApplyAsync(Article("a1", "tass.ru", T0.AddDays(2), Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim])) with { ExtractorVersion = "1.1.0", PublishedAt = T0.AddHours(-1) }, Ct);

        var retired = Assert.Single(outcome.Retired);
        Assert.Equal(agreement.Id, retired.EventId);
        Assert.Equal(2, retired.Version);
        Assert.Equal(EventStatuses.Retired, (await _temp.Store.GetAsync(agreement.Id, Ct))!.Status);
        // The meeting keeps the same mentions, so it is not rewritten.
        Assert.Equal(meeting.Version, (await _temp.Store.GetAsync(meeting.Id, Ct))!.Version);
        Assert.Empty(outcome.Updated);
        Assert.Equal([meeting.Id], (await Live()).Select(e => e.Id));
    }

    [Fact]
    public async Task Reprocessing_that_drops_one_outlets_mention_updates_the_event()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddHours(1), Mention("a2:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);

        var outcome = await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddDays(1)), Ct);

        var update = Assert.Single(outcome.Updated);
        Assert.Contains("mention removed", update.Changes);
        Assert.Contains("sources 2 → 1", update.Changes);
        Assert.Equal(1, Assert.Single(await Live()).SourceCount);
    }

    [Fact]
    public async Task Different_counterparts_on_the_same_day_stay_separate_events()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2023, 10, 19), [Lavrov, Kim])), Ct);
        await merger.ApplyAsync(Article("a2", "tass.ru", T0, Mention("a2:m1", Day(2023, 10, 19), [Lavrov, Choe])), Ct);
        // Another type on the same day, same people: a different event too.
        await merger.ApplyAsync(Article("a3", "tass.ru", T0, Mention("a3:m1", Day(2023, 10, 19), [Lavrov, Kim], type: EventTypes.Statement)), Ct);

        Assert.Equal(3, (await Live()).Count);
    }

    [Fact]
    public async Task Two_statements_one_article_dates_a_day_apart_stay_two_events_and_another_outlet_joins_the_right_one()
    {
        var merger = _temp.Merger();
        // One article: Lavrov praised Pyongyang on the 18th and spoke again on the 19th; the extractor gave two mentions.
        await merger.ApplyAsync(Article("a1", "aljazeera.net", T0,
            Mention("a1:m1", Day(2023, 10, 18), [Lavrov], type: EventTypes.Statement),
            Mention("a1:m2", Day(2023, 10, 19), [Lavrov], type: EventTypes.Statement)), Ct);
        Assert.Equal(2, (await Live()).Count);

        await merger.ApplyAsync(Article("a2", "tass.ru", T0, Mention("a2:m1", Day(2023, 10, 19), [Lavrov], type: EventTypes.Statement)), Ct);
        var live = await Live();
        Assert.Equal(2, live.Count);
        Assert.Equal(2, live.Single(e => e.Date!.Value == "2023-10-19").ArticleCount);
    }

    [Fact]
    public async Task A_planned_visit_and_the_visit_made_a_day_later_stay_two_events()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2024, 6, 18), [Putin, NorthKorea], type: EventTypes.Visit, modality: Modalities.Planned)), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddDays(2), Mention("a2:m1", Day(2024, 6, 19), [Putin, NorthKorea], type: EventTypes.Visit)), Ct);
        // A report dated only by the month fits both; it must not fold the plan into the visit.
        await merger.ApplyAsync(Article("a3", "aljazeera.net", T0.AddDays(3), Mention("a3:m1", Month(2024, 6), [Putin, NorthKorea], type: EventTypes.Visit)), Ct);
        // A plan dated by the month fits both as well; joining the one, it must not merge the other into it.
        await merger.ApplyAsync(Article("a4", "rt.com", T0.AddDays(4), Mention("a4:m1", Month(2024, 6), [Putin, NorthKorea], type: EventTypes.Visit, modality: Modalities.Planned)), Ct);

        var live = await Live();
        Assert.Equal(2, live.Count);
        Assert.Equal("2024-06-18", Assert.Single(live, e => e.Status == Modalities.Planned).Date!.Value);
        Assert.Equal("2024-06-19", Assert.Single(live, e => e.Status == Modalities.Occurred).Date!.Value);
    }

    [Fact]
    public async Task A_planned_visit_joins_the_visit_made_on_the_planned_day()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2024, 6, 19), [Putin, Kim], type: EventTypes.Visit, modality: Modalities.Planned)), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0.AddDays(2), Mention("a2:m1", Day(2024, 6, 19), [Putin, Kim], type: EventTypes.Visit)), Ct);

        var e = Assert.Single(await Live());
        Assert.Equal(Modalities.Occurred, e.Status);
        Assert.Equal(2, e.ArticleCount);
    }

    [Fact]
    public async Task Signing_ratification_and_entry_into_force_of_one_treaty_stay_separate_events()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2024, 11, 11), [Kim with { Role = ParticipantRoles.Actor }, Russia with { Role = ParticipantRoles.Counterpart }], type: EventTypes.Agreement, subtype: "ratification")), Ct);
        // "The treaty will enter into force": no person, only the two states, dated by the publication month.
        await merger.ApplyAsync(Article("a2", "aljazeera.net", T0, Mention("a2:m1", Month(2024, 11), [Russia, NorthKorea], type: EventTypes.Agreement,
            modality: Modalities.Planned, derivation: DateDerivations.PublicationDate, subtype: "entry_into_force")), Ct);
        // A mention naming no stage ("the agreement") fits either and merges neither into the other.
        await merger.ApplyAsync(Article("a3", "kcna.kp", T0, Mention("a3:m1", Month(2024, 11), [Russia, NorthKorea], type: EventTypes.Agreement,
            modality: Modalities.Planned, derivation: DateDerivations.PublicationDate)), Ct);

        var live = await Live();
        Assert.Equal(2, live.Count);
        Assert.Contains(live, e => e.Mentions.All(m => m.Subtype is "ratification" or null) && e.Date!.Value == "2024-11-11");
        Assert.Contains(live, e => e.Mentions.Any(m => m.Subtype == "entry_into_force") && e.Mentions.All(m => m.Subtype != "ratification"));
    }

    [Fact]
    public async Task Same_day_statements_of_different_states_stay_separate_even_when_one_names_no_person()
    {
        var merger = _temp.Merger();
        var putin = Mention("a1:m1", Day(2025, 4, 28), [Putin, Kim with { Role = ParticipantRoles.Target }], type: EventTypes.Statement);
        var pyongyang = Mention("a2:m1", Day(2025, 4, 28), [NorthKorea with { Role = ParticipantRoles.Actor }, Russia with { Role = ParticipantRoles.Target }], type: EventTypes.Statement);
        var moscow = Mention("a3:m1", Day(2025, 4, 28), [Russia, NorthKorea with { Role = ParticipantRoles.Target }], type: EventTypes.Statement);
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, putin), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0, pyongyang), Ct);
        await merger.ApplyAsync(Article("a3", "aljazeera.net", T0, moscow), Ct);

        var live = await Live();
        Assert.Equal(2, live.Count);
        // Russia's statement is Putin's side: it joins his, not North Korea's.
        Assert.Equal(["a1", "a3"], live.Single(e => e.Mentions.Any(m => m.ArticleId == "a1")).Mentions.Select(m => m.ArticleId).Order());
    }

    [Fact]
    public async Task Statements_of_two_named_people_of_one_side_stay_two_events_and_the_states_words_join_one_of_them()
    {
        var merger = _temp.Merger();
        // Both speak of Kim and Choe: the people they name agree, the speakers do not.
        var putin = Mention("a1:m1", Day(2025, 4, 28), [Putin, Kim with { Role = ParticipantRoles.Target }, Choe with { Role = ParticipantRoles.Target }], type: EventTypes.Statement);
        var lavrov = Mention("a2:m1", Day(2025, 4, 29), [Lavrov, Kim with { Role = ParticipantRoles.Target }, Choe with { Role = ParticipantRoles.Target }], type: EventTypes.Statement);
        var moscow = Mention("a3:m1", Day(2025, 4, 28), [Russia, NorthKorea with { Role = ParticipantRoles.Target }], type: EventTypes.Statement);
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, putin), Ct);
        await merger.ApplyAsync(Article("a2", "ria.ru", T0, lavrov), Ct);
        await merger.ApplyAsync(Article("a3", "aljazeera.net", T0, moscow), Ct);

        var live = await Live();
        Assert.Equal(2, live.Count);
        Assert.Contains(live, e => e.Mentions.Select(m => m.ArticleId).SequenceEqual(["a2"]));
    }

    [Fact]
    public async Task State_level_mentions_join_by_countries_and_hypothetical_ones_never_reach_the_timeline()
    {
        var merger = _temp.Merger();
        await merger.ApplyAsync(Article("a1", "tass.ru", T0, Mention("a1:m1", Day(2024, 6, 19), [Russia, NorthKorea], type: EventTypes.Agreement)), Ct);
        await merger.ApplyAsync(Article("a2", "kcna.kp", T0, Mention("a2:m1", Day(2024, 6, 19), [Putin, Kim], type: EventTypes.Agreement),
            Mention("a2:m2", Day(2024, 7, 1), [Putin, Kim], type: EventTypes.Visit, modality: Modalities.Hypothetical)), Ct);

        var e = Assert.Single(await Live());
        Assert.Equal(2, e.SourceCount);
        Assert.Equal(EventTypes.Agreement, e.Type);
    }

    [Fact]
    public async Task Two_competing_mergers_on_one_store_build_the_same_timeline_as_one()
    {
        var messages = Corpus();
        using var single = new TempStore();
        foreach (var m in messages)
        {
            await single.Merger().ApplyAsync(m, Ct);
        }

        // Four mergers with their own connections to one file, consuming the same stream like service instances;
        // the stream starts with several outlets reporting the same happenings at once, the case where two writers
        // could each find no event and both create one.
        var queue = new System.Collections.Concurrent.ConcurrentQueue<EventsExtracted>(messages);
        using var start = new Barrier(4);
        var workers = Enumerable.Range(0, 4).Select(i => _temp.Merger(i == 0 ? _temp.Store : _temp.OpenAnother())).ToList().Select(merger => Task.Run(async () =>
        {
            start.SignalAndWait(Ct);
            while (queue.TryDequeue(out var m))
            {
                await merger.ApplyAsync(m, Ct);
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(Shape(await Live(single.Store)), Shape(await Live()));
        Assert.Equal(5, (await Live()).Count);
    }

    /// <summary>Five happenings, each reported by four outlets, plus redeliveries, in one stream.</summary>
    private static List<EventsExtracted> Corpus()
    {
        var list = new List<EventsExtracted>();
        string[] outlets = ["tass.ru", "kcna.kp", "aljazeera.net", "yonhap.co.kr"];
        // Each happening's four reports come in a row, so the four mergers meet them at the same moment.
        for (var i = 0; i < 4; i++)
        {
            list.Add(Article($"m{i}", outlets[i], T0.AddMinutes(i), Mention($"m{i}:1", Day(2023, 10, 19 + (i % 2)), [Lavrov, Kim])));
        }
        for (var i = 0; i < 4; i++)
        {
            list.Add(Article($"s{i}", outlets[i], T0.AddMinutes(i), Mention($"s{i}:1", Day(2023, 9, 13), [Putin, Kim]), Mention($"s{i}:2", Month(2023, 9), [Putin, Kim], type: EventTypes.Invitation, modality: Modalities.Planned)));
        }
        for (var i = 0; i < 4; i++)
        {
            list.Add(Article($"t{i}", outlets[i], T0.AddMinutes(i), Mention($"t{i}:1", i < 2 ? Month(2024, 6) : Day(2024, 6, 19), [Russia, NorthKorea], type: EventTypes.Agreement)));
        }
        for (var i = 0; i < 4; i++)
        {
            list.Add(Article($"c{i}", outlets[i], T0.AddMinutes(i), Mention($"c{i}:1", Day(2023, 10, 19), [Lavrov, Choe])));
        }
        // Redeliveries of two messages at the end.
        list.Add(list[0]);
        list.Add(list[5]);
        return list;
    }

    // Ids are random, so compare what the timeline says: each event's type, date, status and supporting mentions.
    private static List<string> Shape(List<TimelineEvent> events) =>
        [.. events.Select(e => $"{e.Type} {e.Date?.Value} {e.Status} {e.SourceCount} [{string.Join(",", e.Mentions.Select(m => m.MentionId).Order(StringComparer.Ordinal))}]").Order(StringComparer.Ordinal)];
}
