using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace SummitData.Export;

/// <summary>
/// One SQLite database: a table a kind (its id the primary key), a link table a list column (<c>claims_documentIds</c>:
/// the record's id, the position in the list, the value), and the citations; foreign keys where an id names one kind,
/// indexes on every id column. Rows go in as they come, a transaction per row group.
/// </summary>
internal sealed class SqliteSink : RecordSink
{
    private readonly string _path;
    private readonly ExportOptions _options;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<ExportTable, TableWriter> _tables = new();
    private readonly SqliteCommand _citation;
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private int _pending;
    private bool _completed;

    public SqliteSink(string path, ExportOptions options)
    {
        _path = Path.GetFullPath(path);
        _options = options;
        if (Directory.Exists(_path))
        {
            throw new IOException($"The output '{_path}' is a folder: the SQLite export writes one database file.");
        }

        if (File.Exists(_path))
        {
            if (!options.Overwrite)
            {
                throw new IOException($"The output file '{_path}' exists: choose another, delete it, or overwrite it.");
            }

            File.Delete(_path);
        }

        if (Path.GetDirectoryName(_path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();

        // A new file written once: no journal to roll back to (a failed export is deleted whole), and no sync per
        // transaction. Foreign keys are checked once at the end, as the records come in any order.
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        foreach (string statement in Schema())
        {
            Execute(statement);
        }

        foreach (ExportTable table in ExportTable.All)
        {
            _tables[table] = new TableWriter(_connection, table);
            _rows[table.Name] = 0;
            foreach (ExportColumn list in table.Columns.Where(c => c.Type == ExportType.Texts))
            {
                _rows[LinkName(table, list)] = 0;
            }
        }

        _rows[ExportTable.CitationsName] = 0;
        _citation = Insert(_connection, ExportTable.CitationsName, ExportTable.CitationColumns.Select(c => c.Name).ToArray());
    }

    /// <summary>Every statement that creates the database's tables and indexes, in order.</summary>
    public static IEnumerable<string> Schema()
    {
        foreach (ExportTable table in ExportTable.All)
        {
            var lines = new List<string>();
            var keys = new List<string>();
            var indexes = new List<string>();
            foreach (ExportColumn column in table.Columns)
            {
                if (column.Type == ExportType.Texts)
                {
                    continue;
                }

                lines.Add($"  {Quote(column.Name)} {SqlType(column)}{(column.Nullable ? string.Empty : " NOT NULL")}{(column.Name == "id" ? " PRIMARY KEY" : string.Empty)}");
                if (column.Targets.Length > 0)
                {
                    indexes.Add($"CREATE INDEX {Quote(table.Name + "_" + column.Name)} ON {Quote(table.Name)} ({Quote(column.Name)});");
                    if (column.Targets.Length == 1)
                    {
                        keys.Add($"  FOREIGN KEY ({Quote(column.Name)}) REFERENCES {Quote(column.Targets[0])} (\"id\")");
                    }
                }
            }

            yield return $"CREATE TABLE {Quote(table.Name)} (\n{string.Join(",\n", lines.Concat(keys))}\n);";
            foreach (string index in indexes)
            {
                yield return index;
            }

            foreach (ExportColumn list in table.Columns.Where(c => c.Type == ExportType.Texts))
            {
                string link = LinkName(table, list);
                string owner = OwnerColumn(table);
                var linkLines = new List<string>
                {
                    $"  {Quote(owner)} TEXT NOT NULL REFERENCES {Quote(table.Name)} (\"id\")",
                    "  \"ordinal\" INTEGER NOT NULL",
                    "  \"value\" TEXT NOT NULL" + (list.Targets.Length == 1 ? $" REFERENCES {Quote(list.Targets[0])} (\"id\")" : string.Empty),
                    $"  PRIMARY KEY ({Quote(owner)}, \"ordinal\")",
                };
                yield return $"CREATE TABLE {Quote(link)} (\n{string.Join(",\n", linkLines)}\n);";
                yield return $"CREATE INDEX {Quote(link + "_value")} ON {Quote(link)} (\"value\");";
            }
        }

        IEnumerable<string> citationLines = ExportTable.CitationColumns.Select(c => $"  {Quote(c.Name)} {SqlType(c)} NOT NULL")
            .Append("  PRIMARY KEY (\"kind\", \"recordId\", \"field\", \"ordinal\")")
            .Append("  FOREIGN KEY (\"documentId\") REFERENCES \"documents\" (\"id\")");
        yield return $"CREATE TABLE \"citations\" (\n{string.Join(",\n", citationLines)}\n);";
        yield return "CREATE INDEX \"citations_documentId\" ON \"citations\" (\"documentId\");";
    }

    /// <summary>The link table of a list column: <c>claims_documentIds</c>.</summary>
    public static string LinkName(ExportTable table, ExportColumn list) => table.Name + "_" + list.Name;

    /// <summary>The column of a link table that names the record the list is of: <c>claimId</c>.</summary>
    public static string OwnerColumn(ExportTable table) => table.Kind.Singular + "Id";

    public override async ValueTask WriteAsync(ExportTable table, IRecord record, CancellationToken cancellationToken)
    {
        _transaction ??= _connection.BeginTransaction();
        TableWriter writer = _tables[table];
        try
        {
            writer.Write(_transaction, record, _rows);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new ArgumentException($"Two records of {table.Name} have the id '{record.Id}': an export takes each record once.", nameof(record), e);
        }

        _rows[table.Name]++;
        _citation.Transaction = _transaction;
        foreach (CitationField field in table.Citations)
        {
            IReadOnlyList<Citation> citations = field.Read(record);
            for (int i = 0; i < citations.Count; i++)
            {
                object?[] row = ExportTable.CitationRow(table.Name, record.Id, field.Name, i, citations[i]);
                for (int c = 0; c < row.Length; c++)
                {
                    _citation.Parameters[c].Value = row[c];
                }

                _citation.ExecuteNonQuery();
                _rows[ExportTable.CitationsName]++;
            }
        }

        if (++_pending >= _options.RowGroupSize)
        {
            await CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override async ValueTask<ExportSummary> CompleteAsync(CancellationToken cancellationToken)
    {
        await CommitAsync(cancellationToken).ConfigureAwait(false);

        // Every id that names one kind names a record of it: the records came in any order, so this is the one place to know.
        using (SqliteCommand check = _connection.CreateCommand())
        {
            check.CommandText = "PRAGMA foreign_key_check;";
            var problems = new List<string>();
            using SqliteDataReader reader = check.ExecuteReader();
            while (reader.Read())
            {
                problems.Add($"a row of {reader.GetString(0)} names a record of {reader.GetString(2)} that is not there");
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The records refer to records that were not exported ({problems.Count} rows): {string.Join("; ", problems.Distinct().Take(5))}.");
            }
        }

        Execute("ANALYZE;");
        _completed = true;
        return new ExportSummary(new Dictionary<string, long>(_rows, StringComparer.Ordinal), [_path]);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
        }

        foreach (TableWriter writer in _tables.Values)
        {
            writer.Dispose();
        }

        await _citation.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);

        // An export that failed leaves no database that looks whole.
        if (!_completed)
        {
            File.Delete(_path);
        }
    }

    private static string SqlType(ExportColumn column) => column.Type switch
    {
        ExportType.Integer or ExportType.Boolean => "INTEGER",
        // NUMERIC affinity: a decimal given as text is stored as an integer where it is one, else as a REAL; the
        // column's exact text is beside it.
        ExportType.Decimal => "NUMERIC",
        _ => "TEXT",
    };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SqliteCommand Insert(SqliteConnection connection, string table, string[] columns)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
        for (int i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static object Cell(object? value) => value switch
    {
        null => DBNull.Value,
        bool flag => flag ? 1L : 0L,
        decimal exact => exact.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    private ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_transaction is not null)
        {
            _transaction.Commit();
            _transaction.Dispose();
            _transaction = null;
        }

        _pending = 0;
        return ValueTask.CompletedTask;
    }

    private void Execute(string sql)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The prepared inserts of one kind: its row and its link tables' rows.</summary>
    private sealed class TableWriter : IDisposable
    {
        private readonly ExportTable _table;
        private readonly int[] _scalars;
        private readonly SqliteCommand _row;
        private readonly (int Column, string Name, SqliteCommand Insert)[] _links;

        public TableWriter(SqliteConnection connection, ExportTable table)
        {
            _table = table;
            _scalars = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].Type != ExportType.Texts).ToArray();
            _row = Insert(connection, table.Name, _scalars.Select(i => table.Columns[i].Name).ToArray());
            _links = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].Type == ExportType.Texts)
                .Select(i => (i, LinkName(table, table.Columns[i]), Insert(connection, LinkName(table, table.Columns[i]), [OwnerColumn(table), "ordinal", "value"])))
                .ToArray();
        }

        public void Write(SqliteTransaction transaction, IRecord record, Dictionary<string, long> rows)
        {
            _row.Transaction = transaction;
            for (int p = 0; p < _scalars.Length; p++)
            {
                _row.Parameters[p].Value = Cell(_table.Columns[_scalars[p]].Read(record));
            }

            _row.ExecuteNonQuery();
            foreach ((int column, string name, SqliteCommand insert) in _links)
            {
                var list = (IReadOnlyList<string>?)_table.Columns[column].Read(record) ?? [];
                insert.Transaction = transaction;
                for (int i = 0; i < list.Count; i++)
                {
                    insert.Parameters[0].Value = record.Id;
                    insert.Parameters[1].Value = (long)i;
                    insert.Parameters[2].Value = list[i];
                    insert.ExecuteNonQuery();
                    rows[name]++;
                }
            }
        }

        public void Dispose()
        {
            _row.Dispose();
            foreach ((_, _, SqliteCommand insert) in _links)
            {
                insert.Dispose();
            }
        }
    }
}
