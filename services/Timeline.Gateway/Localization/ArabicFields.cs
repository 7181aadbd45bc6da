using System.Text.Json.Serialization.Metadata;
using Timeline.Contracts;

namespace Timeline.Gateway.Localization;

/// <summary>
/// Adds Arabic fields to events and participants wherever the gateway writes them as JSON (pages, detail, stream, JSON export):
/// <c>summaryAr</c> and <c>locationAr</c> beside <c>summary</c> and <c>location</c>, <c>nameAr</c> beside a participant's <c>name</c>.
/// The contracts stay as they are: the Arabic text is composed on the way out from the gazetteer.
/// </summary>
public static class ArabicFields
{
    /// <summary>A type-info modifier that adds the fields, for <see cref="JsonTypeInfoResolver.WithAddedModifier"/>.</summary>
    public static Action<JsonTypeInfo> Modifier(ArabicSummaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }
            if (info.Type == typeof(TimelineEvent))
            {
                Add(info, "summaryAr", after: "summary", o => writer.Write((TimelineEvent)o));
                Add(info, "locationAr", after: "location", o => writer.PlaceOf(((TimelineEvent)o).Location));
            }
            else if (info.Type == typeof(Participant))
            {
                Add(info, "nameAr", after: "name", o => writer.NameOf((Participant)o));
            }
        };
    }

    private static void Add(JsonTypeInfo info, string name, string after, Func<object, string?> read)
    {
        var property = info.CreateJsonPropertyInfo(typeof(string), name);
        property.Get = read;
        var index = info.Properties.Select(p => p.Name).ToList().IndexOf(after);
        info.Properties.Insert(index < 0 ? info.Properties.Count : index + 1, property);
    }
}
