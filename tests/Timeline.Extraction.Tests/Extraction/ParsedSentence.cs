using Timeline.Extraction.Extraction;
using Timeline.Extraction.Extraction.Actors;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;

namespace Timeline.Extraction.Tests.Extraction;

/// <summary>
/// One sentence read by the stages in front of the one under test (words, names, cues, dates, triggers), so a stage's
/// tests call it directly on a sentence written for them.
/// </summary>
internal sealed class ParsedSentence
{
    public static readonly ExtractionData Data = ExtractionData.Default;
    public static readonly Gazetteer Gazetteer = Gazetteer.Default;

    private ParsedSentence(string text, DateOnly published)
    {
        Text = text;
        Published = published;
        Tokens = Tokenizer.Tokenize(text, 0, text.Length, Data.ClauseOpeners);
        Mentions = new ActorRecognizer(Gazetteer, Data.Locative).Find(text, Tokens);
        Covered = new bool[Tokens.Count];
        foreach (var m in Mentions)
        {
            Array.Fill(Covered, true, m.First, m.Last - m.First + 1);
        }
        Cues = Data.MarkCues(Tokens);
        Dates = new DateResolver(Data.Calendar).Find(text, Tokens, published, futureClauses: 0UL);
        Hits = new TriggerFinder(Data).FindTriggers(Tokens, Mentions, Covered, Cues);
        Sentence = new Sentence(0, 0, text.Length, text, Tokens) { Covered = Covered };
    }

    public string Text { get; }
    public DateOnly Published { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public List<ActorMention> Mentions { get; }
    public bool[] Covered { get; }
    public CueSet[] Cues { get; }
    public List<DateMention> Dates { get; }
    public List<TriggerHit> Hits { get; }
    public Sentence Sentence { get; }

    public static ParsedSentence Of(string text, string published = "2024-06-21") => new(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Index of the first word written <paramref name="word"/>.</summary>
    public int At(string word)
    {
        var key = TextNormalizer.Key(word);
        for (var k = 0; k < Tokens.Count; k++)
        {
            if (Tokens[k].Norm == key)
            {
                return k;
            }
        }
        throw new ArgumentException($"'{word}' is not a word of '{Text}'", nameof(word));
    }

    /// <summary>The trigger found at the word written <paramref name="word"/>.</summary>
    public TriggerHit HitAt(string word)
    {
        var k = At(word);
        return Hits.Single(h => h.First <= k && h.Last >= k);
    }

    /// <summary>The named actors of the sentence, as the participant stage sees them on the publication day.</summary>
    public List<(int Token, Actor Actor)> People() =>
        [.. Mentions.Select(m => (m.First, m.On(Published))).Where(p => p.Item2 is not null).Select(p => (p.First, p.Item2!))];

    /// <summary>A candidate for the trigger at <paramref name="word"/>, as the event stage starts it.</summary>
    public Candidate CandidateAt(string word, string modality = "occurred")
    {
        var hit = HitAt(word);
        return new Candidate
        {
            Type = hit.Entry.Type,
            Subtype = hit.Entry.Subtype,
            Trigger = hit.Entry,
            Sentence = Sentence,
            TriggerToken = hit.First,
            Head = hit.First,
            Modality = modality,
        };
    }
}
