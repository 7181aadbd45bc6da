using System.Text.Json;
using Microsoft.Data.Sqlite;
using Timeline.Contracts;
using Timeline.Lexicon;

namespace Timeline.Storage.Sqlite;

/// <summary>How a mention is kept in <c>event_mentions</c>: the whole mention as JSON plus the columns paging and search read.</summary>
internal static class SqliteMentionRows
{
    public const string Insert = """
        INSERT INTO event_mentions (article_id, mention_id, event_id, report_key, date_value, search_text, doc)
        VALUES ($a, $v, $e, $rk, $dv, $st, $md)
        """;

    /// <summary>Binds the mention's columns ($a, $v, $rk, $dv, $st, $md); the caller binds the event ($e).</summary>
    public static void Bind(SqliteCommand command, Mention m)
    {
        command.Parameters.AddWithValue("$a", m.ArticleId);
        command.Parameters.AddWithValue("$v", m.MentionId);
        command.Parameters.AddWithValue("$rk", MentionCursor.KeyOf(m));
        command.Parameters.AddWithValue("$dv", (object?)m.ExtractedDate?.Value ?? DBNull.Value);
        command.Parameters.AddWithValue("$st", TextNormalizer.Normalize(m.Sentence));
        command.Parameters.AddWithValue("$md", JsonSerializer.Serialize(m, StorageJson.Options));
    }

    public static Mention Read(SqliteDataReader reader, int ordinal) =>
        JsonSerializer.Deserialize<Mention>(reader.GetFieldValue<byte[]>(ordinal), StorageJson.Options)
        ?? throw new InvalidDataException("A stored mention is empty.");
}

/// <summary>Moves the mentions of files written before events were bounded out of the event documents into their own rows.</summary>
internal static class SqliteMentionMigration
{
    /// <summary>When <c>event_mentions</c> holds keys only, rebuilds it to <paramref name="definition"/> from the live documents' mentions.</summary>
    public static void MoveMentionsOutOfDocuments(SqliteConnection connection, string definition)
    {
        if (SqliteDatabase.HasColumn(connection, "event_mentions", "doc"))
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = $"CREATE TABLE event_mentions_new {definition}";
            create.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = SqliteMentionRows.Insert.Replace("event_mentions", "event_mentions_new", StringComparison.Ordinal)
            .Replace("INSERT INTO", "INSERT OR IGNORE INTO", StringComparison.Ordinal);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        // Read one document at a time: a file from before may hold events with thousands of mentions each.
        read.CommandText = "SELECT event_id, doc FROM events WHERE status <> 'retired'";
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var e = JsonSerializer.Deserialize<TimelineEvent>(reader.GetFieldValue<byte[]>(1), StorageJson.Options);
                foreach (var m in e?.Mentions ?? [])
                {
                    insert.Parameters.Clear();
                    SqliteMentionRows.Bind(insert, m);
                    insert.Parameters.AddWithValue("$e", reader.GetString(0));
                    insert.ExecuteNonQuery();
                }
            }
        }
        using (var swap = connection.CreateCommand())
        {
            swap.Transaction = transaction;
            swap.CommandText = "DROP TABLE event_mentions; ALTER TABLE event_mentions_new RENAME TO event_mentions;";
            swap.ExecuteNonQuery();
        }
        transaction.Commit();
    }
}
