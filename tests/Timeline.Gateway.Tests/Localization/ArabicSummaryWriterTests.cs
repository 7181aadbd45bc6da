using Timeline.Contracts;
using Timeline.Gateway.Localization;
using Timeline.Lexicon;

namespace Timeline.Gateway.Tests.Localization;

/// <summary>Arabic summaries composed from an event's fields and the gazetteer's Arabic names.</summary>
public sealed class ArabicSummaryWriterTests
{
    private static readonly ArabicNames Names = new(Gazetteer.Default);
    private static readonly ArabicSummaryWriter Writer = new(Names);

    private static Participant P(string alias, string role)
    {
        var actor = Gazetteer.Default.Find(alias) ?? throw new InvalidOperationException(alias);
        return new Participant(actor.Id, actor.Name, role, actor.Country);
    }

    private static TimelineEvent Event(string type, string status, IReadOnlyList<Participant> participants, string? location, string? subtype = null)
    {
        const string summary = "English summary.";
        return new TimelineEvent
        {
            Id = "evt_arabicsummary00000000000",
            Version = 1,
            Type = type,
            Status = status,
            Participants = participants,
            Countries = ["RU", "KP"],
            Location = location,
            Summary = summary,
            FirstReportedAt = DateTimeOffset.UnixEpoch,
            LastReportedAt = DateTimeOffset.UnixEpoch,
            SourceCount = 1,
            ArticleCount = 1,
            Mentions =
            [
                new Mention
                {
                    MentionId = "men_1", ArticleId = "art_1", Source = "example.com", Sentence = "…", Start = 0, End = 1,
                    DateDerivation = DateDerivations.None, Modality = status, Confidence = 1, Summary = summary, Subtype = subtype,
                    Participants = participants, Location = location,
                },
            ],
        };
    }

    [Fact]
    public void People_are_named_by_their_full_Arabic_name_and_places_by_their_Arabic_alias()
    {
        Assert.Equal("فلاديمير بوتين", Names.OfId(P("Putin", ParticipantRoles.Actor).ActorId));
        Assert.Equal("كيم جونغ أون", Names.OfId(P("Kim Jong Un", ParticipantRoles.Actor).ActorId));
        Assert.Equal("كوريا الشمالية", Names.OfId("KP"));
        Assert.Equal("وزير الخارجية الروسي", Names.OfId("office:RU:foreign_minister"));
        Assert.Equal("بيونغ يانغ", Names.OfName("Pyongyang"));
        Assert.Equal("أقصى الشرق الروسي", Names.OfName("Russian Far East"));
        Assert.Null(Names.OfName("Atlantis"));
    }

    [Fact]
    public void A_meeting_names_both_sides_and_the_place()
    {
        var e = Event(EventTypes.Meeting, Modalities.Occurred, [P("Lavrov", ParticipantRoles.Actor), P("Kim Jong Un", ParticipantRoles.Counterpart)], "Pyongyang");
        Assert.Equal("لقاء بين سيرغي لافروف وكيم جونغ أون في بيونغ يانغ.", Writer.Write(e));
    }

    [Fact]
    public void A_planned_state_visit_takes_the_sub_type_of_the_mention_that_wrote_the_summary()
    {
        var e = Event(EventTypes.Visit, Modalities.Planned, [P("Putin", ParticipantRoles.Actor), P("Kim Jong Un", ParticipantRoles.Counterpart)], "Pyongyang", "state_visit");
        Assert.Equal("مخطط: زيارة فلاديمير بوتين الرسمية إلى بيونغ يانغ.", Writer.Write(e));
    }

    [Fact]
    public void A_denied_event_without_named_people_falls_back_to_the_states()
    {
        var e = Event(EventTypes.MilitaryCooperation, Modalities.Denied, [], "Moscow");
        Assert.Equal("منفي: تعاون عسكري بين روسيا وكوريا الشمالية في موسكو.", Writer.Write(e));
    }

    [Fact]
    public void Three_counterparts_are_joined_with_the_Arabic_comma_and_a_joined_conjunction()
    {
        var e = Event(EventTypes.Invitation, Modalities.Occurred,
            [P("Putin", ParticipantRoles.Actor), P("Kim Jong Un", ParticipantRoles.Counterpart), P("Choe Son Hui", ParticipantRoles.Counterpart), P("Xi Jinping", ParticipantRoles.Counterpart)], null);
        Assert.Equal("دعوة من فلاديمير بوتين إلى كيم جونغ أون، تشوي سون هوي وشي جين بينغ.", Writer.Write(e));
    }

    [Fact]
    public void A_name_or_place_the_gazetteer_lacks_stays_in_English()
    {
        var e = Event(EventTypes.Statement, Modalities.Occurred, [new Participant("name:Ivan Petrov", "Ivan Petrov", ParticipantRoles.Actor)], "Atlantis", "condemnation");
        Assert.Equal("إدانة من Ivan Petrov بشأن روسيا وكوريا الشمالية في Atlantis.", Writer.Write(e));
    }
}
