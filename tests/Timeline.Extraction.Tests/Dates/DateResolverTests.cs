using System.Globalization;
using Timeline.Contracts;
using Timeline.Extraction.Extraction.Dates;
using Timeline.Extraction.Tests.Extraction;

namespace Timeline.Extraction.Tests.Dates;

public class DateResolverTests
{
    private static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, CultureInfo.InvariantCulture);

    // (sentence, publication date, expected date value, precision, derivation)
    [Theory]
    // Weekdays: the one on or before publication (2023-10-19 is a Thursday).
    [InlineData("اجتمع لافروف مع كيم جونغ أون الخميس، بعدما ندد بسياسة واشنطن", "2023-10-19", "2023-10-19", "day", "relative")]
    [InlineData("ووصل لافروف إلى بيونغ يانغ ليل الأربعاء", "2023-10-19", "2023-10-18", "day", "relative")]
    [InlineData("وأكدت الولايات المتحدة يوم الجمعة الماضي أن عمليات تسليم أسلحة جار فعليًا", "2023-10-19", "2023-10-13", "day", "relative")]
    [InlineData("وكان لافروف أشاد الأربعاء بدعم كوريا الشمالية", "2023-10-19", "2023-10-18", "day", "relative")]
    [InlineData("وكان وزير الخارجية قد وصل إلى موسكو الثلثاء في زيارة رسمية", "2023-10-19", "2023-10-17", "day", "relative")]
    [InlineData("Lavrov arrived in Pyongyang on Wednesday", "2023-10-19", "2023-10-18", "day", "relative")]
    [InlineData("The US said last Friday that arms deliveries were under way", "2023-10-19", "2023-10-13", "day", "relative")]
    // A weekday in future context points forward.
    [InlineData("سيزور شويغو بيونغ يانغ الاثنين", "2023-10-19", "2023-10-23", "day", "relative")]
    [InlineData("Shoigu will visit Pyongyang on Monday", "2023-10-19", "2023-10-23", "day", "relative")]
    // Yesterday, today, tomorrow.
    [InlineData("خلال استقباله وزير الخارجية الروسي سيرغي لافروف أمس (الخميس)", "2023-10-20", "2023-10-19", "day", "relative")]
    [InlineData("أكد وزير الخارجية الروسي سيرغي لافروف اليوم الخميس، أن العلاقات وصلت إلى مستوى جديد", "2023-10-19", "2023-10-19", "day", "relative")]
    [InlineData("وفي وقت سابق من اليوم، ندد لافروف بسياسة الولايات المتحدة", "2023-10-19", "2023-10-19", "day", "relative")]
    [InlineData("يصل بوتين غدا إلى بيونغ يانغ", "2024-06-18", "2024-06-19", "day", "relative")]
    [InlineData("Kim met Putin yesterday", "2023-09-14", "2023-09-13", "day", "relative")]
    // Parts of the day around publication.
    [InlineData("Lavrov held talks with Choe Son Hui this afternoon", "2023-10-19", "2023-10-19", "day", "relative")]
    [InlineData("Putin landed in Pyongyang late last night", "2024-06-19", "2024-06-18", "day", "relative")]
    [InlineData("Putin landed in Pyongyang overnight", "2024-06-19", "2024-06-19", "day", "relative")]
    [InlineData("وصل بوتين إلى بيونغ يانغ في ساعة متأخرة الليلة الماضية", "2024-06-19", "2024-06-18", "day", "relative")]
    [InlineData("وكان بوتين قد استقبل تشوي أول أمس في الكرملين", "2024-11-06", "2024-11-04", "day", "relative")]
    [InlineData("Shoigu visited Pyongyang earlier this week", "2025-06-18", "2025-06", "month", "relative")]
    // A day of the month without the month's name: this month's, or last month's when it is still to come.
    [InlineData("Peskov had said on the 9th that no trip was planned", "2025-07-14", "2025-07-09", "day", "relative")]
    [InlineData("The envoy arrived on the 28th and left a week later", "2025-07-14", "2025-06-28", "day", "relative")]
    // Weeks, months and years relative to publication.
    [InlineData("ودانت موسكو خلال الأسبوع الجاري هذه التصريحات", "2023-10-19", "2023-10", "month", "relative")]
    [InlineData("وتوجّه كيم إلى روسيا الشهر الماضي على متن قطار خاص", "2023-10-19", "2023-09", "month", "relative")]
    [InlineData("The two sides will meet next month", "2023-10-19", "2023-11", "month", "relative")]
    // "Days after": some days before the event told, the month a week before publication.
    [InlineData("The talks came days after the Pentagon said North Korean soldiers had been sent to Russia", "2024-11-01", "2024-10", "month", "relative")]
    [InlineData("وتأتي المحادثات بعد أيام من تأكيد البنتاغون إرسال جنود كوريين شماليين", "2024-11-20", "2024-11", "month", "relative")]
    [InlineData("زار كيم روسيا العام الماضي", "2024-06-19", "2023", "year", "relative")]
    [InlineData("منذ 20 شهرًا", "2023-10-19", "2022-02", "month", "relative")]
    [InlineData("The talks happened three weeks ago", "2023-10-19", "2023-09", "month", "relative")]
    [InlineData("The envoy left Pyongyang three days ago", "2023-10-19", "2023-10-16", "day", "relative")]
    [InlineData("غادر المبعوث بيونغ يانغ قبل ثلاثة أيام", "2023-10-19", "2023-10-16", "day", "relative")]
    // After a first, a span says how long it has been, not when it happened.
    [InlineData("وهي زيارته الأولى لهذا البلد منذ 24 سنة", "2024-06-19", null, null, null)]
    [InlineData("his first visit to the country since 2000", "2024-06-19", null, null, null)]
    [InlineData("for the first time in 12 years", "2024-06-19", null, null, null)]
    [InlineData("أول رحلة له منذ 2019", "2024-06-19", null, null, null)]
    [InlineData("The talks happened 3 weeks ago", "2023-10-19", "2023-09", "month", "relative")]
    // A plural unit with no number is some time back: a few days in the month of then, years no date at all.
    [InlineData("التقى الوزيران قبل أيام في العاصمة", "2024-06-02", "2024-05", "month", "relative")]
    [InlineData("يتولى الرئاسة منذ سنوات طويلة", "2024-06-19", null, null, null)]
    [InlineData("التقيا قبل سنوات في موسكو", "2024-06-19", null, null, null)]
    // Bare months by tense, parts of months and pairs of month names.
    [InlineData("وأشار لافروف إلى أن لقاء عُقد في منتصف سبتمبر (أيلول) في أقصى الشرق الروسي", "2023-10-20", "2023-09", "month", "relative")]
    [InlineData("خلال قمّتهما التي عقدت في سبتمبر/أيلول الماضي في أقصى الشرق الروسي", "2023-10-19", "2023-09", "month", "relative")]
    [InlineData("خلال اجتماع مشترك مقرر في نوفمبر/تشرين الثاني المقبل", "2023-10-19", "2023-11", "month", "relative")]
    [InlineData("لكنها شكرت روسيا في مارس على استخدامها حق النقض", "2024-06-19", "2024-03", "month", "relative")]
    [InlineData("Kim visited Russia in September", "2024-01-21", "2023-09", "month", "relative")]
    [InlineData("ستدخل المعاهدة حيز التنفيذ في ديسمبر", "2024-11-10", "2024-12", "month", "relative")]
    // "Last June" before the month, "June last year" after it: the year relative to publication.
    [InlineData("the strategic partnership treaty that Kim and Putin signed last June", "2025-06-18", "2024-06", "month", "relative")]
    // English "last <month>" for the month just gone is a year back (that month is "last month"); earlier months stay in the year.
    [InlineData("when the envoy went to Pyongyang last August", "2025-09-03", "2024-08", "month", "relative")]
    [InlineData("when the envoy went to Pyongyang last March", "2025-09-03", "2025-03", "month", "relative")]
    // Arabic «أغسطس الماضي» is the latest August, the month just gone included.
    [InlineData("حين زار المبعوث بيونغ يانغ في أغسطس الماضي", "2025-09-03", "2025-08", "month", "relative")]
    [InlineData("since he attended a military parade there in July last year", "2024-09-14", "2023-07", "month", "relative")]
    [InlineData("when the two leaders met in Pyongyang in June last year", "2025-04-30", "2024-06", "month", "relative")]
    [InlineData("زار كيم روسيا في سبتمبر من العام الماضي", "2024-06-19", "2023-09", "month", "relative")]
    // A span of days is dated by its first day.
    [InlineData("سوف يقوم بزيارة دولة يومي 18 و19 يونيو/حزيران الجاري", "2024-06-17", "2024-06-18", "day", "relative")]
    [InlineData("The visit is planned for 18-19 June", "2024-06-17", "2024-06-18", "day", "relative")]
    [InlineData("Putin will visit Pyongyang on June 18-19, 2024", null, "2024-06-18", "day", "explicit")]
    [InlineData("يجري الوزير زيارة رسمية إلى موسكو في الفترة من 11 إلى 13 تموز/يوليو الجاري", "2025-07-11", "2025-07-11", "day", "relative")]
    [InlineData("أقام الوفد في بيونغ يانغ من 4 حتى 9 مارس", "2025-03-12", "2025-03-04", "day", "relative")]
    [InlineData("تستمر الزيارة من 4 وحتى 9 من مارس الجاري", "2025-03-05", "2025-03-04", "day", "relative")]
    [InlineData("أقام الوفد في بيونغ يانغ من 4 وحتى 9 مارس", "2025-03-12", "2025-03-04", "day", "relative")]
    [InlineData("The delegation stayed in Pyongyang from 4 to 9 March", "2025-03-12", "2025-03-04", "day", "relative")]
    // A span of weekdays under way at publication began on its first weekday, though the clause speaks of the future
    // (2025-10-27 is a Monday).
    [InlineData("ستزور الوزيرة موسكو في الفترة من الأحد إلى الثلاثاء", "2025-10-27", "2025-10-26", "day", "relative")]
    [InlineData("The minister will be in Moscow from Sunday to Tuesday", "2025-10-27", "2025-10-26", "day", "relative")]
    // A day of a month told relative to publication.
    [InlineData("استقبل بوتين الوزيرة في 15 من الشهر الجاري في الكرملين", "2024-06-20", "2024-06-15", "day", "relative")]
    [InlineData("وصل الوفد إلى بيونغ يانغ يوم 28 من الشهر الماضي", "2024-06-20", "2024-05-28", "day", "relative")]
    [InlineData("وكان السفير قد زار الوزارة في 19 الجاري", "2024-06-20", "2024-06-19", "day", "relative")]
    [InlineData("The envoy reached Pyongyang on the 12th of last month", "2024-06-20", "2024-05-12", "day", "relative")]
    // Days written as Arabic ordinals.
    [InlineData("وقع الوزيران الاتفاق في التاسع والعشرين من نوفمبر", "2024-11-30", "2024-11-29", "day", "relative")]
    [InlineData("استقبل بوتين الوزيرة في الخامس عشر من الشهر الجاري", "2024-06-20", "2024-06-15", "day", "relative")]
    [InlineData("تزور الوزيرة روسيا من السادس والعشرين من أكتوبر إلى الثامن والعشرين منه", "2025-10-26", "2025-10-26", "day", "relative")]
    // Explicit dates in every month-name system.
    [InlineData("تاريخ النشر: 19th, October 2023 GMT", null, "2023-10-19", "day", "explicit")]
    [InlineData("زار بوتين كوريا الشمالية في تموز/يوليو 2000 لعقد اجتماع مع كيم جونج إيل", "2024-01-21", "2000-07", "month", "explicit")]
    [InlineData("وقع الزعيمان المعاهدة في 19 حزيران 2024", null, "2024-06-19", "day", "explicit")]
    [InlineData("دخلت المعاهدة حيز التنفيذ في 4 كانون الأول 2024", null, "2024-12-04", "day", "explicit")]
    [InlineData("صادق مجلس الدوما على المعاهدة في 24 تشرين الأول/أكتوبر 2024", null, "2024-10-24", "day", "explicit")]
    [InlineData("Putin signed the ratification law on November 9, 2024", null, "2024-11-09", "day", "explicit")]
    [InlineData("The treaty entered into force on 4 December 2024", "2024-12-05", "2024-12-04", "day", "explicit")]
    [InlineData("وصل كيم إلى فلاديفوستوك في 12/09/2023", null, "2023-09-12", "day", "explicit")]
    [InlineData("في ١٩ أكتوبر ٢٠٢٣ التقى لافروف كيم", null, "2023-10-19", "day", "explicit")]
    [InlineData("Kim visited Russia in 2019", null, "2019", "year", "explicit")]
    [InlineData("زار بوتين كوريا الشمالية عام 2000", null, "2000", "year", "explicit")]
    // A day and month without year take the year that puts them on or before publication.
    [InlineData("التقى بوتين كيم في 13 سبتمبر", "2024-01-21", "2023-09-13", "day", "relative")]
    // Told of the future, a day at most a week before publication is under way or told late, not next year's.
    [InlineData("The visit will run from July 11 to 13", "2025-07-12", "2025-07-11", "day", "relative")]
    [InlineData("سيزور الوفد بيونغ يانغ في 10 يوليو", "2025-07-12", "2025-07-10", "day", "relative")]
    [InlineData("The delegation will visit Pyongyang on July 1", "2025-07-12", "2026-07-01", "day", "relative")]
    // Hijri: the Gregorian after "الموافق" wins; alone, it is converted.
    [InlineData("الخميس 4 ربيع الآخر 1445 هـ الموافق 19 أكتوبر 2023", null, "2023-10-19", "day", "explicit")]
    [InlineData("في 4 ربيع الآخر 1445 هـ", null, "2023-10-19", "day", "explicit")]
    // No publication date and no absolute date: no date.
    [InlineData("اجتمع لافروف مع كيم جونغ أون الخميس", null, null, null, null)]
    [InlineData("وتوجّه كيم إلى روسيا الشهر الماضي", null, null, null, null)]
    [InlineData("Lavrov met Kim on Thursday", null, null, null, null)]
    [InlineData("اجتمع لافروف مع كيم جونغ أون في بيونغ يانغ", "2023-10-19", null, null, null)]
    // Words that look like months are not dates without context.
    [InlineData("The sanctions may be lifted", "2023-10-19", null, null, null)]
    [InlineData("وكان صفر من الصواريخ قد أطلق", "2023-10-19", null, null, null)]
    [InlineData("وفي اليوم التالي غادر لافروف", "2023-10-19", null, null, null)]
    // An ordinal before its noun counts meetings or years; it is no day of the month.
    [InlineData("The minister came to attend the 11th meeting of the joint commission", "2023-11-15", null, null, null)]
    [InlineData("Crowds marked the 75th anniversary of the liberation", "2023-11-15", null, null, null)]
    public void Resolves_dates_against_the_publication_date(string sentence, string? published, string? expected, string? precision, string? derivation)
    {
        var found = DateResolver.Default.Resolve(sentence, D(published));
        Assert.Equal(expected, found?.Date.Value);
        Assert.Equal(precision, found?.Date.Precision);
        Assert.Equal(derivation, found?.Derivation);
    }

    [Theory]
    // Published on a Monday, "yesterday (Thursday)": the text contradicts itself.
    [InlineData("خلال استقباله وزير الخارجية الروسي سيرغي لافروف أمس (الخميس)", "2023-10-23", "2023-10-19")]
    [InlineData("said yesterday (Thursday)", "2023-10-23", "2023-10-19")]
    [InlineData("التقى لافروف كيم الأحد 19 أكتوبر 2023", "2023-10-23", "2023-10-19")]
    public void Flags_a_weekday_that_disagrees_with_the_date(string sentence, string published, string expected)
    {
        var found = DateResolver.Default.Resolve(sentence, D(published));
        Assert.NotNull(found);
        Assert.Equal(expected, found.Date.Value);
        Assert.NotNull(found.DateConflict());
    }

    [Fact]
    public void Last_before_a_month_belongs_to_the_expression_and_the_expression_ends_at_the_month()
    {
        // "signed(0) last(1) June(2)": the expression must not reach past the sentence's last word.
        var found = DateResolver.Default.Resolve("signed last June", D("2025-06-18"));
        Assert.NotNull(found);
        Assert.Equal(1, found.FirstToken);
        Assert.Equal(2, found.LastToken);
    }

    [Fact]
    public void The_part_of_the_day_before_a_date_is_a_word_of_the_date()
    {
        // "arrived(0) on(1) the(2) morning(3) of(4) September(5) 12(6)".
        var found = DateResolver.Default.Resolve("arrived on the morning of September 12", D("2023-09-13"));
        Assert.NotNull(found);
        Assert.Equal(2, found.FirstToken);
        Assert.Equal("2023-09-12", found.Date.Value);
    }

    [Fact]
    public void An_event_noun_told_on_the_morning_of_a_day_is_dated_by_it()
    {
        var visit = Assert.Single(Stories.Extract(
            "The arrival of Kim Jong Un in Russia on the morning of September 12 was confirmed by the Kremlin.", "2023-09-13"), e => e.Type == EventTypes.Visit);
        Assert.Equal("2023-09-12", visit.Date?.Value);
    }

    [Fact]
    public void Agreeing_weekday_and_date_raise_no_conflict()
    {
        var found = DateResolver.Default.Resolve("خلال استقباله وزير الخارجية الروسي سيرغي لافروف أمس (الخميس)", D("2023-10-20"));
        Assert.NotNull(found);
        Assert.Null(found.Conflict);
        Assert.Equal(DateDerivations.Relative, found.Derivation);
    }
}

internal static class DateMentionAssertions
{
    public static string? DateConflict(this DateMention m) => m.Conflict;
}
