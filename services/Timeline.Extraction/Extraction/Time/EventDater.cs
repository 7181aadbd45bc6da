using Timeline.Contracts;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Extraction.Discourse;
using Timeline.Extraction.Extraction.Predicates;
using Timeline.Extraction.Extraction.Text;
using Timeline.Lexicon;
using static Timeline.Extraction.Extraction.Pair;
using static Timeline.Extraction.Extraction.Text.TokenSpan;
using static Timeline.Extraction.Extraction.Text.WordForms;

namespace Timeline.Extraction.Extraction.Time;

/// <summary>
/// When each event happened: which of the sentence's dates (read by <see cref="DateResolver"/>) belongs to a trigger,
/// and, once the article is read, the dates of the events no sentence dates.
/// </summary>
internal sealed class EventDater
{
    private readonly Gazetteer _gazetteer;
    private readonly ExtractionData _data;

    /// <summary>Dates events with the clause openers of <paramref name="data"/> and the people of <paramref name="gazetteer"/>.</summary>
    public EventDater(Gazetteer gazetteer, ExtractionData data)
    {
        _gazetteer = gazetteer;
        _data = data;
    }

    /// <summary>
    /// The date of an event: the nearest date in its clause; else one right beside it (four words, names not counted);
    /// else the date of a clause that tells no event of its own ("On Monday, …", "، أمس الجمعة، …", "… in Pyongyang on
    /// Friday and discussed …") or of a "when" clause that follows it. A military transfer or deployment is not dated by
    /// the date of the report that confirms or alleges it ("said on Monday that it had sent troops").
    /// </summary>
    public void AssignDate(Candidate c, TriggerHit hit, List<TriggerHit> hits, List<DateMention> dates, DateOnly? published, DocumentState doc)
    {
        var t = c.Sentence.Tokens;
        var covered = c.Sentence.Covered;
        var clause = t[hit.First].Clause;
        DateMention? best = null;
        var bestScore = int.MaxValue;
        foreach (var d in dates)
        {
            if (c.Modality == Modalities.Planned && published is { } pub && d.Date.End < pub && !d.SameDayAsPrevious)
            {
                continue; // A plan is not dated by a past date ("زيارة تلبية لدعوة ... في سبتمبر الماضي").
            }
            if (d.Dateline)
            {
                continue; // Read below, once no date of the sentence's own dates the event.
            }
            var distance = d.FirstToken > hit.Last ? Words(t, covered, hit.Last, d.FirstToken) : Words(t, covered, d.LastToken, hit.First);
            var sameClause = t[d.FirstToken].Clause == clause || t[d.LastToken].Clause == clause;
            int score;
            if (hit.Entry.Kind != "noun" && d.FirstToken > hit.Last && InRelativeClause(t, hits, hit, d))
            {
                continue;
            }
            if (d.LastToken < hit.First && StepFrom(t, hit) is { } step && d.LastToken < step
                && hits.Exists(h => h.Entry.Kind == "verb" && h.Last < d.FirstToken))
            {
                continue; // "will arrive on Tuesday before signing the treaty on Wednesday": Tuesday is the arrival's.
            }
            if (c.Type == EventTypes.Visit && TellsAnEnd(t, d))
            {
                continue; // "stays in Pyongyang until Sunday": when the visit ends, not when it was paid.
            }
            if (!sameClause && DescribesANoun(t, hit, d))
            {
                continue; // "The treaty, signed in June by Putin and Kim, has entered into force": June is the signing's.
            }
            if (DescribesTheSubject(t, hits, hit, d))
            {
                continue; // "The pact Putin and Kim signed in June took effect on Wednesday": June is the signing's too.
            }
            if (sameClause && NearerVerb(t, covered, hits, hit, d, distance) && !OccasionOfSaying(t, hits, hit))
            {
                continue; // "met Kim and discussed the treaty that Kim and Putin signed last June": the date of "signed".
            }
            if (hit.Entry.Kind == "report" && d.Future && d.FirstToken > hit.Last && WordBetween(t, hit.Last, d.FirstToken, _data.Complementizers))
            {
                continue; // «قالت زاخاروفا إن لافروف سيزور بيونغ يانغ الأسبوع المقبل»: the time of the visit told, not of the saying.
            }
            if (hit.Entry.Kind == "report" && d.LastToken < hit.First && !sameClause && Attribution(t, hit) && hits.Any(h => h.First != hit.First && t[h.First].Clause == t[d.LastToken].Clause))
            {
                continue; // "Moscow is preparing for a visit by Kim this year, Rudenko said": the year is the visit's.
            }
            if (hit.Entry.Kind == "report" && distance <= 8 && ReportDate(t, hits, d)?.First == hit.First)
            {
                score = distance; // «أعلنت الشركة، الحكومية، الاثنين، أن …»: the day the report was made, across its asides.
            }
            else if (sameClause)
            {
                score = distance;
            }
            else if (c.Type is EventTypes.Statement or EventTypes.Accusation && hit.Entry.Kind != "report" && d.FirstToken > hit.Last && ClosingAttribution(t, hits, hit, d))
            {
                score = 500 + distance; // "Kim Yo Jong rejected the claims, KCNA said on Friday": said that day.
            }
            else if (distance <= 4 && !TellsAnotherEvent(t, hits, hit, d, reports: false))
            {
                score = 1000 + distance; // Right beside the trigger across a comma, unless another event's clause holds it.
            }
            else if (distance <= 12 && !TellsAnotherEvent(t, hits, hit, d, reports: true))
            {
                score = 2000 + distance; // An adverbial clause of its own.
            }
            else if (d.FirstToken > hit.Last && t[d.FirstToken].Clause == clause + 1 && ClauseOpenedBy(t, d.FirstToken, _data.TemporalLookup))
            {
                score = 3000 + distance; // "invited Kim … when the two leaders met in June": the when-clause's time.
            }
            else if (d.LastToken < hit.First && t[d.LastToken].Clause == clause - 1 && ClauseOpenedBy(t, hit.First, _data.SituatingLookup))
            {
                score = 3000 + distance; // "زارت موسكو في يناير، حيث استقبلها بوتين", "in July 2000, when he met": the time of the clause it hangs on.
            }
            else if (d.FirstToken > hit.Last && hit.Entry.Kind == "verb" && AsideOfItsOwn(t, d) && !hits.Any(h => h.First > hit.Last && h.First < d.FirstToken && h.Entry.Kind != "noun")
                && !WordBetween(t, hit.Last, d.FirstToken, _data.Complementizers))
            {
                score = 4000 + distance; // «استقبل كيم، القائد الذي يتولى …، عصر يوم 14 آب، رئيس الدوما»: a date set off on its own, however far.
            }
            else if (OpensTheSentence(t, d) && d.LastToken < hit.First && !TellsAnotherEvent(t, hits, hit, d, reports: true)
                && !dates.Exists(o => o.FirstToken > d.LastToken && o.LastToken < hit.First && !o.Dateline))
            {
                score = 3500 + distance; // "In June last year, the two agreed to build the bridge, as their leaders signed the treaty": the whole sentence's time.
            }
            else if (d.LastToken < hit.First && t[d.LastToken].Clause < clause && distance <= 12 && hit.Last + 1 < t.Count && IsDuringIt(t[hit.Last + 1].Norm))
            {
                score = 3000 + distance; // «زارت موسكو في نوفمبر 2024، والتقت خلالها لافروف»: during the visit, at its time.
            }
            else
            {
                continue; // Another clause's date belongs to another clause's event.
            }
            if (c.Type == EventTypes.MilitaryCooperation && ReportsIt(t, covered, hits, hit, d, distance))
            {
                continue;
            }
            if (score < bestScore)
            {
                best = d;
                bestScore = score;
            }
        }
        if (best is null && hit.Entry.Kind == "report" && published is { } today
            && dates.Find(d => d.FirstToken > hit.Last && d.Date.Precision == DatePrecisions.Day && d.Date.Start == today && ToldAsLater(t, d)
                && WordBetween(t, hit.Last, d.FirstToken, _data.Complementizers)) is { } later)
        {
            // «نقلت الوكالة عن بيسكوف أن اللقاء سيُبحث حال وصول كيم لاحقا اليوم»: what is to happen later today was said today.
            best = later;
        }
        if (best is null && c.Type == EventTypes.Meeting && hit.Entry.Kind == "noun" && hit.First > 0 && _data.Presupposing.HasMatchAt(t, hit.First - 1))
        {
            // «قال كيم، السبت، إن …، وذلك خلال لقاء مع شويغو»: the occasion a remark was made at is dated by the remark's day.
            best = RemarkDay(t, hits, dates, hit);
            if (best is null && c.Modality == Modalities.Occurred && PointsBack(t, hit) && doc.LastDay is { } told)
            {
                // «… اليوم الأربعاء. جاء ذلك خلال لقائه مع تشوي»: the occasion of what the sentence before told, on its day.
                c.Date = told;
                c.Derivation = DateDerivations.Relative;
                return;
            }
        }
        if (best is null && c.Modality == Modalities.Occurred && c.Type is EventTypes.Statement or EventTypes.Accusation or EventTypes.Meeting
            && doc.OccasionDay is { } sitting && AtTheSitting(t))
        {
            // «انعقدت الجلسة الأربعاء … وأكد وود في الجلسة»: said at the sitting told before, on its day.
            c.Date = sitting;
            c.Derivation = DateDerivations.Relative;
            return;
        }
        // "SEOUL, Nov. 15 (Yonhap) -- Choe met Lavrov": the day the lead was filed dates what it tells, when nothing nearer
        // does; not a plan, nor troops or arms the report only now tells of.
        if (best is null && doc.Dateline is { } dateline && c.Sentence.Index - dateline.Sentence <= 1
            && c.Modality == Modalities.Occurred && c.Type != EventTypes.MilitaryCooperation)
        {
            best = dateline.Date;
        }
        // "Putin arrives in Pyongyang on Wednesday" over an undated lead: the headline's day is the lead's.
        if (best is null && doc.HeadlineDay is { } headline && (doc.LeadSentence ?? c.Sentence.Index) == c.Sentence.Index
            && c.Modality == Modalities.Occurred && c.Type != EventTypes.MilitaryCooperation)
        {
            best = headline;
        }
        if (best is null)
        {
            return;
        }
        if (best.Future && c.Modality == Modalities.Occurred && ToldAsDone(t, hit))
        {
            return; // «اتفق الجانبان على تعزيز التعاون خلال العام المقبل»: what was done names a time of what it is about.
        }
        if (best.Future && c.Modality == Modalities.Occurred)
        {
            c.Modality = Modalities.Planned;
        }
        if (best.SameTimeAsPrevious)
        {
            // "At the time, Shoigu met Kim": when the event told before happened, at the precision it was told. What was said
            // then ("according to KCNA's report at that time, Putin voiced his gratitude") is left to the occasion it was said at.
            if (doc.LastDate is { } then && c.Type is not (EventTypes.Statement or EventTypes.Accusation))
            {
                c.Date = then;
                c.Derivation = DateDerivations.Relative;
            }
            return;
        }
        if (best.SameDayAsPrevious)
        {
            // "earlier in the day", "the day before": counted from the article's last dated event, if it has one. What state
            // media "said earlier in the day" after a look back weeks into the past counts from the news day instead.
            var from = doc.LastDay?.Start;
            if (from is { } day && published is { } news && news.DayNumber - day.DayNumber > 7 && hits.Exists(h => h.Entry.Kind == "report"))
            {
                from = news;
            }
            if (from is null && best.DaysFromPrevious != 0)
            {
                return; // "The next day" with no day told before: undated.
            }
            c.Date = from is { } start ? EventDates.Day(start.AddDays(best.DaysFromPrevious)) : best.Date;
            c.Derivation = DateDerivations.Relative;
            return;
        }
        c.Date = best.Date;
        c.Derivation = best.Derivation;
        c.Conflict = best.Conflict;
    }

    /// <summary>
    /// Remembers the day a sitting was held on, when a day stands beside the word for it («أثناء جلسة المجلس التي انعقدت
    /// الأربعاء», "at Thursday's council meeting", "said on Wednesday at an emergency meeting"): the day of what is said
    /// "at the session" later on. A sitting to come is not remembered.
    /// </summary>
    public void NoteOccasion(Sentence sentence, List<DateMention> dates, DateOnly? published, DocumentState doc)
    {
        var t = sentence.Tokens;
        foreach (var d in dates)
        {
            if (d.Date.Precision != DatePrecisions.Day || d.Future || d.Dateline || d.SameDayAsPrevious || d.SameTimeAsPrevious
                || published is { } today && d.Date.Start > today)
            {
                continue;
            }
            var last = Math.Min(t.Count - 1, d.LastToken + 4);
            for (var k = Math.Max(0, d.FirstToken - 5); k <= last; k++)
            {
                if ((k < d.FirstToken || k > d.LastToken) && Sitting(t[k].Norm) is { } told)
                {
                    doc.Sittings.Add((sentence.Index, d.Date, told || Determined(t, k)));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The sentence places what it tells at a sitting already told: «في الجلسة», «خلال الاجتماع», "at the session", "told
    /// the council meeting"; not "ahead of the meeting".
    /// </summary>
    private bool AtTheSitting(IReadOnlyList<Token> t)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (Sitting(t[k].Norm) is not { } definite || !(definite || Determined(t, k)))
            {
                continue;
            }
            var before = false;
            for (var j = Math.Max(0, k - 3); j < k; j++)
            {
                before |= t[j].Norm is "before" or "ahead" or "قبل" or "قبيل";
            }
            if (!before)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> names a sitting («جلسة», «بالجلسة», "meeting"), and if so whether an Arabic article
    /// makes it one already told («الجلسة», «بالاجتماع»); null when it names none.
    /// </summary>
    private bool? Sitting(string word)
    {
        foreach (var noun in _data.Calendar.Occasions)
        {
            if (!word.EndsWith(noun, StringComparison.Ordinal))
            {
                continue;
            }
            var prefix = word.AsSpan(0, word.Length - noun.Length);
            if (prefix.IsEmpty)
            {
                return false;
            }
            if (prefix is "ال" or "بال" or "وال" or "لل" or "فال" or "وبال")
            {
                return true;
            }
            if (prefix is "و" or "ب" or "وب")
            {
                return false;
            }
        }
        return null;
    }

    /// <summary>An English "the", "this" or "that" up to three words before a sitting, with no "a" between ("at the council meeting").</summary>
    private static bool Determined(IReadOnlyList<Token> t, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3; j--)
        {
            if (t[j].Norm is "a" or "an")
            {
                return false;
            }
            if (t[j].Norm is "the" or "this" or "that")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The day of the remark made at the occasion <paramref name="occasion"/> names: the date of a reporting verb before
    /// it, with no other event told between.
    /// </summary>
    private DateMention? RemarkDay(IReadOnlyList<Token> t, List<TriggerHit> hits, List<DateMention> dates, TriggerHit occasion)
    {
        foreach (var d in dates)
        {
            if (d.FirstToken < occasion.First && !d.Future && ReportDate(t, hits, d) is { } report
                && !hits.Exists(h => h.First > report.Last && h.First < occasion.First && h.Entry.Kind == "verb"))
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>
    /// The meeting noun names where a remark was made, right after its reporting verb ("Shoigu said during a meeting with
    /// Kim", «قال شويغو خلال لقائه كيم»): the day of the saying, before the verb, is the meeting's too.
    /// </summary>
    private bool OccasionOfSaying(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit hit)
    {
        if (hit.Entry.Kind != "noun" || hit.First == 0)
        {
            return false;
        }
        var at = _data.Presupposing.HasMatchAt(t, hit.First - 1) ? hit.First - 1
            : hit.First > 1 && _data.Presupposing.HasMatchAt(t, hit.First - 2) ? hit.First - 2 : -1;
        return at > 0 && hits.Exists(h => h.Entry.Kind == "report" && h.Last < at && at - h.Last <= 3
            && !WordBetween(t, h.Last, at, _data.Complementizers));
    }

    /// <summary>«جاء ذلك خلال لقائه», «وذلك خلال»: the occasion is that of what was told before, which «ذلك» points back to.</summary>
    private static bool PointsBack(IReadOnlyList<Token> t, TriggerHit hit) =>
        hit.First >= 2 && t[hit.First - 2].Norm is "ذلك" or "وذلك" && t[hit.First - 2].Clause == t[hit.First].Clause
        && ClauseStart(t, hit.First) >= hit.First - 3;

    /// <summary>
    /// The reporting verb whose date <paramref name="d"/> is: the date stands after the verb and before the "that"/«أن»
    /// opening what is said, with no other trigger between ("said on Monday that", «أعلنت الشركة، الاثنين، أن»).
    /// </summary>
    private TriggerHit? ReportDate(IReadOnlyList<Token> t, List<TriggerHit> hits, DateMention d)
    {
        var k = d.LastToken + 1;
        if (k >= t.Count || !_data.Complementizers.Contains(t[k].Norm))
        {
            return null;
        }
        TriggerHit? teller = null;
        foreach (var h in hits)
        {
            if (h.Last < d.FirstToken)
            {
                teller = h;
            }
        }
        return teller is { Entry.Kind: "report" } report && d.FirstToken - report.Last <= 12
            && !WordBetween(t, report.Last, d.FirstToken, _data.Complementizers) ? report : null;
    }

    /// <summary>
    /// The date, after the trigger, stands in a relative clause opened between them: "charged that Pyongyang armed Russia for
    /// its war on Ukraine, which Moscow invaded in February 2022" dates the war, not the arming. A relative clause on an
    /// event noun dates that event, and so what happened in it («خلال قمّتهما التي عقدت في سبتمبر»).
    /// </summary>
    private bool InRelativeClause(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit hit, DateMention d)
    {
        for (var k = hit.Last + 1; k < d.FirstToken; k++)
        {
            if (_data.RelativePronouns.Contains(t[k].Norm) && !t[k].Aside && t[k].Clause == t[d.FirstToken].Clause
                && !hits.Exists(h => h.Entry.Kind == "noun" && h.Last == k - 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where "before" or "after" with a gerund («قبل أن», «بعد أن» with a verb) stands right before the trigger, setting its
    /// event after or before another ("before signing", «قبل أن يوقع»); null when none does, or when a noun follows it
    /// ("said on Tuesday after talks with Kim": the talks were that day too).
    /// </summary>
    private static int? StepFrom(IReadOnlyList<Token> t, TriggerHit hit)
    {
        if (hit.First > 0 && t[hit.First - 1].Norm is "before" or "after" && t[hit.First].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            return hit.First - 1;
        }
        return hit.First > 1 && t[hit.First - 1].Norm == "ان" && t[hit.First - 2].Norm is "قبل" or "بعد" ? hit.First - 2 : null;
    }

    /// <summary>A date told as an end, after "until", "till" or «حتى» ("until Sunday", «حتى الأحد»).</summary>
    public static bool TellsAnEnd(IReadOnlyList<Token> t, DateMention d) =>
        d.FirstToken > 0 && t[d.FirstToken - 1].Norm is "until" or "till" or "حتي" or "لغايه";

    /// <summary>
    /// The date stands in a clause set off to describe a noun: one opened by an English past participle ("the treaty,
    /// signed in June, …") or a relative clause before the verb ("the treaty, which they signed in June, has …"). It dates
    /// what that clause tells, not the verb. (A relative clause after an event noun dates that event, and is read apart.)
    /// </summary>
    private bool DescribesANoun(IReadOnlyList<Token> t, TriggerHit hit, DateMention d)
    {
        var k = ClauseStart(t, d.FirstToken);
        return k > 0 && k < d.FirstToken
            && (_data.RelativePronouns.Contains(t[k].Norm) && d.LastToken < hit.First
                || !t[k].IsArabic && IsPastParticiple(t[k].Norm));
    }

    /// <summary>
    /// The date ends the subject of the verb right after it, inside what describes that subject: a participle or verb before
    /// the date in its clause ("the pact Putin and Kim signed in June took effect", «المعاهدة الموقعة في يونيو الماضي دخلت
    /// حيز التنفيذ»), or an Arabic aside opened by a participle, set between the subject and its verb («المعاهدة، المبرمة
    /// بين قائديهما في يونيو، أصبحت سارية المفعول»). It dates what describes the subject, not the verb.
    /// </summary>
    private static bool DescribesTheSubject(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit hit, DateMention d)
    {
        // One word at most between the date and the verb: an auxiliary or a copula ("has", «أصبحت»), never a conjunction.
        if (hit.Entry.Kind != "verb" || d.LastToken >= hit.First || hit.First - d.LastToken > 2)
        {
            return false;
        }
        var start = ClauseStart(t, d.FirstToken);
        if (t[hit.First].Clause != t[d.LastToken].Clause)
        {
            return t[hit.First].Clause == t[d.LastToken].Clause + 1 && start > 0 && start < d.FirstToken
                && IsArabicParticiple(t[start].Norm);
        }
        return hits.Exists(h => h.First != hit.First && h.Entry.Kind == "verb" && h.First >= start && h.Last < d.FirstToken && DescribesANounItself(t, h)
            && !hits.Exists(o => o.First > h.Last && o.Last < d.FirstToken && o.Entry.Kind != "noun"));
    }

    /// <summary>
    /// A verb form that describes the noun before it: an Arabic participle with the article («الموقعة») always does; an English
    /// "-ed" form ("signed") does when the clause's own verb follows the date, as the caller requires.
    /// </summary>
    private static bool DescribesANounItself(IReadOnlyList<Token> t, TriggerHit h) =>
        t[h.First].IsArabic ? IsArabicParticiple(t[h.First].Norm) : IsPastParticiple(t[h.Last].Norm);

    /// <summary>
    /// An Arabic participle with the article, «الـ» then «مـ» («الموقعة», «المبرمة», «المعقودة»); a verb that merely starts
    /// with «ال» («التقى») is none.
    /// </summary>
    private static bool IsArabicParticiple(string word) => word.Length > 4 && word.StartsWith("الم", StringComparison.Ordinal);

    /// <summary>"later today", «لاحقا اليوم», «في وقت لاحق من اليوم»: the date is told as later than the telling.</summary>
    private static bool ToldAsLater(IReadOnlyList<Token> t, DateMention d)
    {
        for (var k = Math.Max(0, d.FirstToken - 3); k < d.FirstToken; k++)
        {
            if (t[k].Norm is "later" or "لاحقا" or "لاحق")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The date fills the sentence's opening stretch, but for two words ("In June last year, …", «وفي يونيو الماضي، …»).</summary>
    private static bool OpensTheSentence(IReadOnlyList<Token> t, DateMention d)
    {
        var last = d.LastToken;
        while (last + 1 < t.Count && t[last + 1].Clause == t[d.LastToken].Clause)
        {
            last++;
        }
        return t[0].Clause == t[d.FirstToken].Clause && d.FirstToken <= 2 && last - d.LastToken <= 1 && last + 1 < t.Count;
    }

    /// <summary>The date fills its comma-delimited stretch, but for two words at most ("، عصر يوم 14 آب،", ", on Friday,").</summary>
    private static bool AsideOfItsOwn(IReadOnlyList<Token> t, DateMention d)
    {
        int first = d.FirstToken, last = d.LastToken;
        while (first > 0 && t[first - 1].Clause == t[d.FirstToken].Clause)
        {
            first--;
        }
        while (last + 1 < t.Count && t[last + 1].Clause == t[d.LastToken].Clause)
        {
            last++;
        }
        return first > 0 && (d.FirstToken - first) + (last - d.LastToken) <= 2;
    }

    /// <summary>True when another verb stands between the trigger and the date, nearer to the date.</summary>
    private static bool NearerVerb(IReadOnlyList<Token> t, bool[] covered, List<TriggerHit> hits, TriggerHit own, DateMention d, int distance)
    {
        foreach (var h in hits)
        {
            if (h.Entry.Kind == "noun" || h.First == own.First)
            {
                continue;
            }
            if (d.FirstToken > own.Last && h.First > own.Last && h.Last < d.FirstToken && Words(t, covered, h.Last, d.FirstToken) < distance)
            {
                return true;
            }
            if (d.LastToken < own.First && h.Last < own.First && h.First > d.LastToken && Words(t, covered, d.LastToken, h.First) < distance)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a verb other than <paramref name="own"/> stands in the clauses the date spans ("At the BRICS summit on
    /// Thursday, Putin said": a noun tells no event of its own); reporting verbs count only when <paramref name="reports"/>.
    /// </summary>
    private static bool TellsAnotherEvent(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit own, DateMention d, bool reports)
    {
        var first = t[d.FirstToken].Clause;
        var last = t[d.LastToken].Clause;
        foreach (var h in hits)
        {
            if (h.First != own.First && h.Entry.Kind != "noun" && (reports || h.Entry.Kind != "report") && t[h.First].Clause >= first && t[h.First].Clause <= last)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clause holding <paramref name="at"/> opens with one of <paramref name="openers"/> (a conjunction glued to it or not).</summary>
    private static bool ClauseOpenedBy(IReadOnlyList<Token> t, int at, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openers)
    {
        var k = ClauseStart(t, at);
        return openers.Contains(StripConjunction(t[k].Norm)) || openers.Contains(t[k].Norm);
    }

    /// <summary>The date stands in the closing attribution of the remark ("…, KCNA said on Friday"), with no other event between.</summary>
    private bool ClosingAttribution(IReadOnlyList<Token> t, List<TriggerHit> hits, TriggerHit own, DateMention d)
    {
        foreach (var h in hits)
        {
            if (h.First > own.Last && h.First < d.FirstToken && h.Entry.Kind == "verb")
            {
                return false;
            }
        }
        return hits.Exists(h => h.Entry.Kind == "report" && h.First > own.Last && h.Last < d.FirstToken && Attribution(t, h) && t[h.First].Clause == t[d.FirstToken].Clause);
    }

    /// <summary>
    /// An English reporting verb closing the sentence after what was said ("…, Rudenko has said"), or closing it but for a
    /// participle that goes on reporting ("…, KCNA reported on Friday, saying …").
    /// </summary>
    private bool Attribution(IReadOnlyList<Token> t, TriggerHit hit)
    {
        if (t[hit.First].IsArabic)
        {
            return false;
        }
        var end = t.Count;
        for (var k = hit.Last + 1; k < t.Count; k++)
        {
            if (t[k].Clause != t[hit.First].Clause)
            {
                end = _data.Participles.Contains(t[k].Norm) ? k : -1;
                break;
            }
        }
        return end - hit.Last is > 0 and <= 4;
    }

    /// <summary>True when the date sits before the trigger and at least as near to a reporting verb before it: the report's date.</summary>
    private static bool ReportsIt(IReadOnlyList<Token> t, bool[] covered, List<TriggerHit> hits, TriggerHit own, DateMention d, int distance)
    {
        if (d.LastToken >= own.First)
        {
            return false;
        }
        foreach (var h in hits)
        {
            if (h.Entry.Kind == "report" && h.Last < own.First)
            {
                var toReport = h.Last < d.FirstToken ? Words(t, covered, h.Last, d.FirstToken) : Words(t, covered, d.LastToken, h.First);
                if (toReport <= distance)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Dates for events the sentence does not date. The article's news peg (its first event dated to a day within three
    /// days of publication) dates the other undated happenings of the same people; an ongoing event in the present tense
    /// is dated to publication; anything else gets the publication month. Visits run over several days, so they never
    /// take the peg's day. Without a publication date, undated events stay undated.
    /// </summary>
    public void ResolveUndated(List<Candidate> candidates, DateOnly? published, DocumentState? doc = null)
    {
        if (published is not { } pub)
        {
            return;
        }
        if (doc is not null)
        {
            ToldSittingDays(candidates, pub, doc);
        }
        // "Kim told Putin that …" after the sentence telling their talks, or a visit where one received the other: what one
        // side told the other there is a statement of that meeting, on its day, not a second meeting (a date in the sentence may be another clause's: "Kim, who
        // arrived on Tuesday, told Putin").
        foreach (var c in candidates.Where(c => c.SpokenTo && c.Type == EventTypes.Meeting && c.Modality == Modalities.Occurred))
        {
            var persons = c.Persons(_gazetteer);
            if (persons.Count >= 2 && candidates.FirstOrDefault(o => o.Type is EventTypes.Meeting or EventTypes.Visit && !o.SpokenTo && o.Modality == Modalities.Occurred
                && o.Sentence.Index < c.Sentence.Index && o.Date is not null && persons.IsSubsetOf(o.Persons(_gazetteer))) is { } meeting)
            {
                c.Type = EventTypes.Statement;
                c.Subtype = "comment";
                c.Present = false;
                if (c.Derivation != DateDerivations.Explicit)
                {
                    c.Date = meeting.Date;
                    c.Derivation = meeting.Derivation;
                }
            }
        }
        foreach (var c in candidates.Where(c => c.Present && c.Date is null))
        {
            c.Date = EventDates.Day(pub);
            c.Derivation = DateDerivations.Relative;
        }
        // "كما وقع الجانبان خلال الزيارة اتفاقات": the article's visit dates what happened during it.
        if (candidates.FirstOrDefault(c => c.Type == EventTypes.Visit && c.Modality == Modalities.Occurred && c.Date?.Precision == DatePrecisions.Day) is { } visit)
        {
            foreach (var c in candidates.Where(c => c.Date is null && c.Sentence.DuringVisit && c.Modality == Modalities.Occurred))
            {
                c.Date = visit.Date;
                c.Derivation = visit.Derivation;
            }
        }
        // «وأضاف فولودين، أثناء لقائه تشوي»: a meeting named where its person speaks, just after a dated remark of theirs,
        // is the occasion of that remark.
        foreach (var c in candidates.Where(c => c.Date is null && c.Type == EventTypes.Meeting && c.FromNoun && c.Modality == Modalities.Occurred && c.Agent is not null))
        {
            if (candidates.LastOrDefault(o => o.Type == EventTypes.Statement && o.Date?.Precision == DatePrecisions.Day && o.Agent?.ActorId == c.Agent!.ActorId
                && o.Sentence.Index <= c.Sentence.Index && o.Sentence.Index >= c.Sentence.Index - 1) is { } remark)
            {
                c.Date = remark.Date;
                c.Derivation = remark.Derivation;
            }
        }
        // "من جانبه، أشاد لافروف بـ…", "The envoy said the talks had opened a new chapter." after the sentence telling the
        // talks: an undated remark on the two countries by someone who just took part in a meeting was made there, that day.
        // It is a statement of its own (what was said is news), dated by its occasion.
        foreach (var c in candidates.Where(c => c.Date is null && c.Type == EventTypes.Statement && Bilateral(c) && c.Agent is not null))
        {
            if (candidates.LastOrDefault(o => o.Type == EventTypes.Meeting && o.Date is not null && o.Sentence.Index < c.Sentence.Index
                && o.Sentence.Index >= c.Sentence.Index - 2 && o.Persons(_gazetteer).Contains(c.Agent!.ActorId)) is { } meeting)
            {
                c.Date = meeting.Date;
                c.Derivation = meeting.Derivation;
            }
        }
        var peg = candidates.FirstOrDefault(c => c.Modality == Modalities.Occurred && c.Date is { Precision: DatePrecisions.Day } d
            && d.Start <= pub && d.Start >= pub.AddDays(-3));
        if (peg is not null && peg.Type is not (EventTypes.Meeting or EventTypes.Visit or EventTypes.Agreement or EventTypes.Other))
        {
            peg = null; // A remark or a claim is no news peg: it does not date what its people did.
        }
        if (peg is not null)
        {
            // Undated remarks of the peg's own participants are what they said there, not separate events.
            var pegPersons = peg.Persons(_gazetteer);
            foreach (var c in candidates.Where(c => c.Date is null && c.Trigger.Kind == "report" && c.Agent is { } a && pegPersons.Contains(a.ActorId)))
            {
                c.Date = peg.Date;
                c.Derivation = peg.Derivation;
            }
        }
        foreach (var c in candidates.Where(c => c.Date is null))
        {
            if (peg is not null && c.Modality == Modalities.Occurred && c.Type != EventTypes.Visit && (c.Persons(_gazetteer).Overlaps(peg.Persons(_gazetteer)) || PartOfTheStory(c, peg, pub)))
            {
                c.Date = peg.Date;
                c.Derivation = peg.Derivation;
                continue;
            }
            c.Date = EventDates.Month(pub.Year, pub.Month);
            c.Derivation = DateDerivations.PublicationDate;
        }
        // What both sides' leaders say on the day of their meeting, visit or signing, and what one of them says there of
        // the two countries alone, belongs to that event when the same sentence tells the occasion ("praised … as his
        // summit with Putin began"); told in a sentence of its own, or in a relative clause hung on the speaker's name ("held
        // talks with Jo, who said ties were growing"), it is a statement of its own. An agency confirming the occasion takes
        // no part in it ("KCNA confirmed that Shoigu's delegation had arrived on Saturday").
        candidates.RemoveAll(c => c.Type == EventTypes.Statement && (IsJoint(c) || Bilateral(c)) && c.Date?.Precision == DatePrecisions.Day
            && !c.SpokenByOutlet(_gazetteer)
            && candidates.Any(o => o.Type is EventTypes.Meeting or EventTypes.Visit or EventTypes.Agreement
                && o.Date?.Value == c.Date.Value && c.Persons(_gazetteer).IsSubsetOf(o.Persons(_gazetteer))
                && (o.Sentence.Index == c.Sentence.Index || c.Sentence.NamesOccasion)
                && !TokenSpan.ClauseOpensWith(c.Sentence.Tokens, c.TriggerToken, _data.RelativePronouns)));
    }

    /// <summary>
    /// "Kim and Putin held a phone call, state media said Wednesday. During the call on Tuesday, …", «أجريا اتصالا …
    /// وخلال المكالمة التي جرت أمس الثلاثاء»: the sitting named again with its day in the next two sentences dates the
    /// meeting told before without one, or told only with the news day the report came out on. A sitting of weeks before
    /// is another one, recalled ("the summit on June 19 last year").
    /// </summary>
    private static void ToldSittingDays(List<Candidate> candidates, DateOnly published, DocumentState doc)
    {
        foreach (var c in candidates)
        {
            if (c.Type != EventTypes.Meeting || c.Modality != Modalities.Occurred
                || c.Date is not null && !(c.Date.Precision == DatePrecisions.Day && c.Date.Start == published))
            {
                continue;
            }
            foreach (var (sentence, day, told) in doc.Sittings)
            {
                if (told && sentence > c.Sentence.Index && sentence <= c.Sentence.Index + 2 && day.Start <= published
                    && day.Start >= published.AddDays(-7) && (c.Date is null || day.Start < published))
                {
                    c.Date = day;
                    c.Derivation = DateDerivations.Relative;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// An undated meeting or happening, or an undated remark by one of the two sides, in a report whose news peg falls in
    /// its publication month: outlets date the occasion once, in the lead, and tell the rest of it without dates. A third
    /// state's comment is no part of the occasion, and a peg from the month before could move a background event.
    /// </summary>
    private static bool PartOfTheStory(Candidate c, Candidate peg, DateOnly published) =>
        peg.Date!.Start.Month == published.Month
        && (c.Type is EventTypes.Meeting or EventTypes.Other || c.Type == EventTypes.Statement && c.Agent?.Country is Russia or NorthKorea);

    /// <summary>A statement that concerns Russia and North Korea and no third state.</summary>
    private static bool Bilateral(Candidate c) => c.Countries.All(x => x is Russia or NorthKorea);

    /// <summary>A statement by people of both states.</summary>
    private bool IsJoint(Candidate c)
    {
        var countries = c.Participants.Where(p => _gazetteer.ById(p.ActorId)?.Kind == ActorKinds.Person).Select(p => p.Country).ToHashSet();
        return countries.Contains(Russia) && countries.Contains(NorthKorea);
    }

    /// <summary>
    /// An Arabic verb in the perfect («اتفق», «وقعت»), an English one in "-ed" ("agreed") or talks one was "during"
    /// («خلال المحادثات»): told as done.
    /// </summary>
    private static bool ToldAsDone(IReadOnlyList<Token> t, TriggerHit hit)
    {
        if (hit.Entry.Kind == "noun")
        {
            var k = hit.First > 1 && t[hit.First - 1].Norm is "the" or "his" or "her" or "their" ? hit.First - 2 : hit.First - 1;
            return k >= 0 && t[k].Norm is "خلال" or "اثناء" or "during";
        }
        if (hit.Entry.Kind != "verb" || hit.Future)
        {
            return false;
        }
        var w = t[hit.First].Norm;
        return t[hit.First].IsArabic
            ? !IsImperfect(w) && w[0] != 'س'
            : w.EndsWith("ed", StringComparison.Ordinal) && !(hit.First > 0 && t[hit.First - 1].Norm is "will" or "be" or "to");
    }
}
