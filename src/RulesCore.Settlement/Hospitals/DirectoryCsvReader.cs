using System.Globalization;
using System.Text;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// Reads a CSV hospital directory (UTF-8, RFC 4180) as a stream, one row at a time. Errors name the row — records
/// counted from the header, row 1; a line break inside quotes does not start a row — and the column:
/// <c>row 12, column 3 (region)</c>.
/// </summary>
internal static class DirectoryCsvReader
{
    /// <summary>The columns, in the contract's order.</summary>
    public static readonly string[] Columns = { "id", "name", "region", "level", "inpatient", "generalOutpatient", "chronicConditions", "intraProvinceOnly" };

    /// <summary>The columns a header must have; the others may be left out (empty).</summary>
    public static readonly string[] RequiredColumns = { "id", "region", "inpatient", "generalOutpatient" };

    /// <summary>The longest field read, in characters (a thousand opened conditions fit); more is <see cref="InputErrorCodes.TooLarge"/>.</summary>
    public const int MaxFieldLength = 65_536;

    private const int Id = 0, Name = 1, Region = 2, Level = 3, Inpatient = 4, GeneralOutpatient = 5, ChronicConditions = 6, IntraProvinceOnly = 7;

    public static void Read(Stream stream, DirectoryBuilder builder)
    {
        var bounded = new BoundedStream(stream, builder.Options.MaxBytes);
        var records = new CsvRecords(new StrictUtf8Reader(bounded));
        try
        {
            if (!records.Next())
            {
                builder.Error("$", InputErrorCodes.InvalidCsv, "The document is empty: a hospital directory's first row names its columns.");
                return;
            }

            if (Header(records, builder) is not { } columns)
            {
                return;
            }

            while (!builder.Stopped && records.Next())
            {
                if (records.IsBlank)
                {
                    continue;
                }

                if (!builder.NextEntry())
                {
                    return;
                }

                Row(records, columns, builder);
            }
        }
        catch (DecoderFallbackException)
        {
            builder.Error("$", InputErrorCodes.InvalidCsv, "The document is not valid UTF-8.");
        }
        catch (BoundedStream.TooLargeException)
        {
            builder.RefuseTooManyBytes();
        }
    }

    /// <summary>The header: for each position, which column it is; <see langword="null"/> (with errors) when it cannot be used.</summary>
    private static int[]? Header(CsvRecords records, DirectoryBuilder builder)
    {
        if (records.Problem is { } problem)
        {
            builder.Error($"row 1, column {records.ProblemColumn}", InputErrorCodes.InvalidCsv, problem);
            return null;
        }

        var fields = records.Fields;
        var columns = new int[fields.Count];
        var position = new int[Columns.Length];
        var ok = true;
        for (var k = 0; k < fields.Count; k++)
        {
            var column = Array.IndexOf(Columns, fields[k]);
            columns[k] = column;
            if (column < 0)
            {
                builder.Error($"row 1, column {k + 1}", InputErrorCodes.UnknownProperty, "Not a column of a hospital directory (known: " + string.Join(", ", Columns) + ").");
                ok = false;
            }
            else if (position[column] != 0)
            {
                builder.Error(Cell(1, k, column), InputErrorCodes.DuplicateProperty, "The column appears more than once.");
                ok = false;
            }
            else
            {
                position[column] = k + 1;
            }
        }

        foreach (var required in RequiredColumns)
        {
            if (position[Array.IndexOf(Columns, required)] == 0)
            {
                builder.Error("row 1", InputErrorCodes.Required, $"The column {required} is required.");
                ok = false;
            }
        }

        return ok ? columns : null;
    }

    private static string Cell(int row, int position, int column) =>
        string.Format(CultureInfo.InvariantCulture, "row {0}, column {1} ({2})", row, position + 1, Columns[column]);

    private static void Row(CsvRecords records, int[] columns, DirectoryBuilder builder)
    {
        var row = records.Row;
        if (records.Problem is { } problem)
        {
            builder.Error($"row {row}, column {records.ProblemColumn}", InputErrorCodes.InvalidCsv, problem);
            return;
        }

        var fields = records.Fields;
        if (fields.Count != columns.Length)
        {
            builder.Error($"row {row}", InputErrorCodes.InvalidCsv, $"The row has {fields.Count} fields; the header has {columns.Length}.");
            return;
        }

        var cells = new string?[Columns.Length];
        var at = new int[Columns.Length];
        for (var k = 0; k < fields.Count; k++)
        {
            cells[columns[k]] = fields[k].Length == 0 ? null : fields[k];
            at[columns[k]] = k;
        }

        // The first problem of each cell; the validator's paths (".region", ".crossRegionServices.chronicConditions[2]") map to cells.
        var reported = new HashSet<int>();
        var errors = 0;
        void Error(int column, string code, string message)
        {
            if (reported.Add(column))
            {
                errors++;
                builder.Error(Cell(row, at[column], column), code, message);
            }
        }

        if (records.LongField is { } longField)
        {
            Error(columns[longField], InputErrorCodes.TooLarge, $"A field is longer than {MaxFieldLength} characters.");
            return;
        }

        RegionCode region = default;
        if (cells[Region] is { } regionText && !RegionCode.TryParse(regionText, out region))
        {
            Error(Region, InputErrorCodes.InvalidRegion, "A six-digit GB/T 2260 region code with a known province prefix is expected.");
        }

        var hospital = new Hospital
        {
            Id = cells[Id]!,
            Name = cells[Name],
            Region = region,
            CrossRegionServices = new CrossRegionServices
            {
                Inpatient = Boolean(Inpatient, required: true),
                GeneralOutpatient = Boolean(GeneralOutpatient, required: true),
                ChronicConditions = cells[ChronicConditions]?.Split(';') ?? Array.Empty<string>(),
                IntraProvinceOnly = Boolean(IntraProvinceOnly, required: false),
            },
        };

        foreach (var error in CaseValidator.ValidateHospital(hospital, string.Empty, cells[Level]))
        {
            var (column, entry) = ColumnOf(error.Path);
            Error(column, error.Code, entry is { } k ? $"{error.Message} (entry {k + 1} of the list)" : error.Message);
        }

        if (errors == 0)
        {
            builder.Add(new DirectoryHospital { Hospital = hospital, Level = cells[Level] }, Cell(row, at[Id], Id), $"row {row}");
        }

        bool Boolean(int column, bool required)
        {
            switch (cells[column])
            {
                case "true":
                    return true;
                case "false":
                    return false;
                case null when required:
                    Error(column, InputErrorCodes.Required, "This column is required: true or false.");
                    return false;
                case null:
                    return false;
                default:
                    Error(column, InputErrorCodes.WrongType, "true or false is expected here.");
                    return false;
            }
        }
    }

    /// <summary>The column of a path the validator reports below an empty parent, and the entry of a list.</summary>
    private static (int Column, int? Entry) ColumnOf(string path)
    {
        const string conditions = ".crossRegionServices.chronicConditions";
        if (path.StartsWith(conditions, StringComparison.Ordinal))
        {
            var rest = path.Substring(conditions.Length);
            return (ChronicConditions, rest.Length > 2 && int.TryParse(rest.Substring(1, rest.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null);
        }

        return path switch
        {
            ".id" => (Id, null),
            ".name" => (Name, null),
            ".region" => (Region, null),
            ".level" => (Level, null),
            _ => (Id, null),
        };
    }

    /// <summary>RFC 4180 records: quoted fields, doubled quotes, commas and line breaks inside quotes; CRLF or LF; a leading byte order mark.</summary>
    private sealed class CsvRecords(TextReader reader)
    {
        private readonly char[] _buffer = new char[16 * 1024];
        private readonly StringBuilder _field = new();
        private int _position;
        private int _length;
        private bool _started;

        public List<string> Fields { get; } = new();

        /// <summary>Gets the record's row number: the header is row 1.</summary>
        public int Row { get; private set; }

        /// <summary>Gets whether the record was an empty line.</summary>
        public bool IsBlank { get; private set; }

        /// <summary>Gets what is malformed in the record, if anything, and in which column (1-based).</summary>
        public string? Problem { get; private set; }

        public int ProblemColumn { get; private set; }

        /// <summary>Gets the position (0-based) of a field longer than <see cref="MaxFieldLength"/>, if any.</summary>
        public int? LongField { get; private set; }

        private int Peek()
        {
            if (_position == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    return -1;
                }
            }

            return _buffer[_position];
        }

        private int Take()
        {
            var c = Peek();
            if (c >= 0)
            {
                _position++;
            }

            return c;
        }

        /// <summary>Reads the next record; false at the end of the document (a final line break does not start a record).</summary>
        public bool Next()
        {
            Fields.Clear();
            Problem = null;
            LongField = null;
            if (!_started)
            {
                _started = true;
                if (Peek() == '\uFEFF')
                {
                    Take();
                }
            }

            if (Peek() < 0)
            {
                return false;
            }

            Row++;
            IsBlank = Peek() is '\n' or '\r';
            while (true)
            {
                var end = ReadField();
                if (end != ',')
                {
                    IsBlank &= Fields.Count == 1 && Fields[0].Length == 0;
                    return true;
                }
            }
        }

        /// <summary>Reads one field; returns what ended it: ',', '\n' (a line break) or -1 (the end).</summary>
        private int ReadField()
        {
            _field.Clear();
            var quoted = Peek() == '"';
            if (quoted)
            {
                Take();
            }

            while (true)
            {
                var c = Take();
                if (c < 0)
                {
                    if (quoted)
                    {
                        Malformed("A quoted field is not closed before the end of the document.");
                    }

                    return Finish(-1);
                }

                if (quoted)
                {
                    if (c != '"')
                    {
                        Append((char)c);
                        continue;
                    }

                    if (Peek() == '"')
                    {
                        Take();
                        Append('"');
                        continue;
                    }

                    // The closing quote: a comma, a line break or the end must follow.
                    quoted = false;
                    var next = Peek();
                    if (next is not (',' or '\n' or '\r' or -1))
                    {
                        Malformed("A quoted field must be followed by a comma or a line break.");
                    }

                    continue;
                }

                switch (c)
                {
                    case ',':
                        return Finish(',');
                    case '\n':
                        return Finish('\n');
                    case '\r' when Peek() == '\n':
                        Take();
                        return Finish('\n');
                    case '"':
                        Malformed("A quote inside an unquoted field: quote the whole field and double the quote.");
                        Append('"');
                        break;
                    default:
                        Append((char)c);
                        break;
                }
            }
        }

        private void Append(char c)
        {
            if (_field.Length < MaxFieldLength)
            {
                _field.Append(c);
            }
            else
            {
                LongField ??= Fields.Count;
            }
        }

        private int Finish(int end)
        {
            Fields.Add(_field.ToString());
            return end;
        }

        private void Malformed(string problem)
        {
            if (Problem is null)
            {
                Problem = problem;
                ProblemColumn = Fields.Count + 1;
            }
        }
    }

    /// <summary>
    /// UTF-8 text, decoded strictly and only as far as it is valid: the characters before invalid bytes come out first,
    /// and <see cref="DecoderFallbackException"/> is thrown when the reader needs the next one — so the rows read before
    /// the bad bytes (and their errors) are the same however the stream hands the bytes out. (A <see cref="StreamReader"/>
    /// throws as soon as it decodes the block that holds them, a block whose size depends on the stream's reads.)
    /// </summary>
    private sealed class StrictUtf8Reader(Stream stream) : TextReader
    {
        private readonly byte[] _bytes = new byte[16 * 1024];
        private int _start;
        private int _end;
        private bool _final;

#if NET8_0_OR_GREATER
        public override int Read(char[] buffer, int index, int count)
        {
            while (true)
            {
                var status = System.Text.Unicode.Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), buffer.AsSpan(index, count), out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _final);
                _start += read;
                if (written > 0)
                {
                    return written;
                }

                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    throw new DecoderFallbackException("The document is not valid UTF-8.");
                }

                if (_final)
                {
                    return 0;
                }

#else
        // netstandard2.0 has no Utf8.ToUtf16: a strict decoder takes one byte at a time, so it throws exactly at the first
        // invalid byte, after every character before it has come out.
        private readonly Decoder _decoder = new UTF8Encoding(false, true).GetDecoder();
        private readonly char[] _decoded = new char[2];
        private int _decodedCount;
        private int _decodedIndex;

        public override int Read(char[] buffer, int index, int count)
        {
            while (true)
            {
                var written = 0;
                while (written < count)
                {
                    if (_decodedIndex < _decodedCount)
                    {
                        buffer[index + written++] = _decoded[_decodedIndex++];
                        continue;
                    }

                    if (_start == _end)
                    {
                        break;
                    }

                    _decodedCount = _decoder.GetChars(_bytes, _start, 1, _decoded, 0, flush: false);
                    _decodedIndex = 0;
                    _start++;
                }

                if (written > 0)
                {
                    return written;
                }

                if (_final)
                {
                    _decoder.GetChars(_bytes, 0, 0, _decoded, 0, flush: true); // a character cut at the end throws
                    return 0;
                }

#endif
                // Everything decoded, or a character cut at the end of the bytes read so far: read more.
                Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
                _end -= _start;
                _start = 0;
                var more = stream.Read(_bytes, _end, _bytes.Length - _end);
                _end += more;
                _final = more == 0;
            }
        }
    }

    /// <summary>Reads at most one byte more than the limit, whatever the stream is, and throws when the stream holds more.</summary>
    private sealed class BoundedStream(Stream inner, int limit) : Stream
    {
        private long _total;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, (int)Math.Min(count, limit + 1L - _total));
            _total += read;
            return _total > limit ? throw new TooLargeException() : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>The stream holds more than the limit.</summary>
        public sealed class TooLargeException : Exception
        {
        }
    }
}
