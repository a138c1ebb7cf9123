using System.Globalization;
using Sylvan.Data.Csv;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// Reads a CSV hospital directory (UTF-8, RFC 4180) as a stream, one row at a time. Errors name the row — records
/// counted from the header, row 1; a line break inside quotes does not start a row — and the column:
/// <c>row 12, column 3 (region)</c>. The records are Sylvan.Data.Csv's, read from <see cref="StrictUtf8Reader"/>
/// over <see cref="BoundedStream"/>; what Sylvan lets through is checked here and in <see cref="CsvRecordText"/>.
/// </summary>
internal static class DirectoryCsvReader
{
    /// <summary>The columns, in the contract's order.</summary>
    public static readonly string[] Columns = { "id", "name", "region", "level", "inpatient", "generalOutpatient", "chronicConditions", "intraProvinceOnly" };

    /// <summary>The columns a header must have; the others may be left out (empty).</summary>
    public static readonly string[] RequiredColumns = { "id", "region", "inpatient", "generalOutpatient" };

    /// <summary>The longest field read, in characters (a thousand opened conditions fit); more is <see cref="InputErrorCodes.TooLarge"/>.</summary>
    public const int MaxFieldLength = 65_536;

    /// <summary>
    /// The longest record (the header or a row, its line break included), in characters: a record is held whole while
    /// it is split, so reading stops at a longer one (<see cref="InputErrorCodes.TooLarge"/>), whatever fills it — a
    /// quote never closed, a field far too long, commas. Eight fields of <see cref="MaxFieldLength"/> fit.
    /// </summary>
    public const int MaxRecordLength = 1 << 20;

    /// <summary>The most fields a header may have: every column, and one more to report as unknown.</summary>
    public static readonly int MaxHeaderFields = Columns.Length + 1;

    private const int Id = 0, Name = 1, Region = 2, Level = 3, Inpatient = 4, GeneralOutpatient = 5, ChronicConditions = 6, IntraProvinceOnly = 7;

    /// <summary>
    /// RFC 4180 with a comma, fields counted by the reader; lax, so that a malformed quote is an error of its row and the
    /// next row is read (<see cref="CsvRecordText"/> finds it), and so that every target splits records alike (the
    /// standard style's vectorised path, net6.0 and later only, does not end a line at a lone CR); no comment lines (a
    /// lone low surrogate never starts a line of text decoded strictly); a record longer than
    /// <see cref="MaxRecordLength"/> is refused.
    /// </summary>
    private static readonly CsvDataReaderOptions Options = new()
    {
        HasHeaders = false,
        Delimiter = ',',
        Quote = '"',
        Escape = '"',
        Comment = '\uDC00',
        CsvStyle = CsvStyle.Lax,
        ResultSetMode = ResultSetMode.SingleResult,
        BufferSize = 16 * 1024,
        MaxBufferSize = MaxRecordLength,
        OwnsReader = false,
    };

    public static void Read(Stream stream, DirectoryBuilder builder)
    {
        var text = new StrictUtf8Reader(new BoundedStream(stream, builder.Options.MaxBytes));
        var record = new CsvRecordText();
        var row = 1; // the record being read: the header is row 1
        try
        {
            using var csv = CsvDataReader.Create(text, Options);
            if (!csv.Read())
            {
                builder.Error("$", InputErrorCodes.InvalidCsv, new LocalizedText("文档是空的：医院目录的第一行应列出各列的名称。", "The document is empty: a hospital directory's first row names its columns."));
                return;
            }

            if (Header(csv, record, builder) is not { } columns)
            {
                return;
            }

            var fields = new string[columns.Length];
            while (!builder.Stopped)
            {
                row++;
                if (!csv.Read())
                {
                    return;
                }

                record.Load(csv);
                if (record.EndsWithBareCarriageReturn)
                {
                    BareCarriageReturn(row, builder);
                    return;
                }

                if (record.IsBlank)
                {
                    continue;
                }

                if (!builder.NextEntry())
                {
                    return;
                }

                Row(csv, record, row, columns, fields, builder);
            }
        }
        catch (StrictUtf8Reader.InvalidUtf8Exception e)
        {
            builder.Error($"row {row}", InputErrorCodes.InvalidCsv, new LocalizedText($"文档从第 {e.Offset} 个字节起不是有效的 UTF-8（字节从 0 数起）。", $"The document is not valid UTF-8 from byte {e.Offset} on (bytes counted from 0)."));
        }
        catch (CsvRecordTooLargeException e)
        {
            if (row == 1 && e.FieldOrdinal >= MaxHeaderFields)
            {
                WideHeader(builder);
            }
            else
            {
                builder.Error($"row {row}, column {e.FieldOrdinal + 1}", InputErrorCodes.TooLarge, new LocalizedText($"读到这个字段时，这一行已超过 {MaxRecordLength} 个字符：有引号没有闭合，或某个字段太长。", $"The row is longer than {MaxRecordLength} characters when this field is read: a quote is not closed, or a field is far too long."));
            }
        }
        catch (BoundedStream.TooLargeException)
        {
            builder.RefuseTooManyBytes();
        }
    }

    /// <summary>The header: for each position, which column it is; <see langword="null"/> (with errors) when it cannot be used.</summary>
    private static int[]? Header(CsvDataReader csv, CsvRecordText record, DirectoryBuilder builder)
    {
        record.Load(csv);
        if (record.EndsWithBareCarriageReturn)
        {
            BareCarriageReturn(1, builder);
            return null;
        }

        if (record.Problem is { } problem)
        {
            builder.Error($"row 1, column {problem.Column}", InputErrorCodes.InvalidCsv, problem.Message);
            return null;
        }

        var count = csv.RowFieldCount;
        if (count > MaxHeaderFields)
        {
            WideHeader(builder);
            return null;
        }

        var columns = new int[count];
        var position = new int[Columns.Length];
        var ok = true;
        for (var k = 0; k < count; k++)
        {
            var column = Array.IndexOf(Columns, csv.GetString(k));
            columns[k] = column;
            if (column < 0)
            {
                var nearest = Spelling.DidYouMean(csv.GetString(k), Columns);
                builder.Error($"row 1, column {k + 1}", InputErrorCodes.UnknownProperty, new LocalizedText(
                    "医院目录没有这一列（已知列：" + string.Join("、", Columns) + "）。" + nearest.Chinese,
                    "Not a column of a hospital directory (known: " + string.Join(", ", Columns) + ")." + nearest.English));
                ok = false;
            }
            else if (position[column] != 0)
            {
                builder.Error(Cell(1, k, column), InputErrorCodes.DuplicateProperty, new LocalizedText("这一列出现了不止一次。", "The column appears more than once."));
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
                builder.Error("row 1", InputErrorCodes.Required, new LocalizedText($"缺少必需的列 {required}。", $"The column {required} is required."));
                ok = false;
            }
        }

        return ok ? columns : null;
    }

    /// <summary>A header of more fields than <see cref="MaxHeaderFields"/>: refused when its next field is seen.</summary>
    private static void WideHeader(DirectoryBuilder builder) =>
        builder.Error($"row 1, column {MaxHeaderFields + 1}", InputErrorCodes.InvalidCsv, new LocalizedText($"表头超过 {MaxHeaderFields} 个字段：医院目录共有 {Columns.Length} 列（{string.Join("、", Columns)}）。", $"The header has more than {MaxHeaderFields} fields: a hospital directory has {Columns.Length} columns ({string.Join(", ", Columns)})."));

    /// <summary>A line ended by a carriage return alone (old Mac line endings, or a CR outside quotes): one error, and reading stops.</summary>
    private static void BareCarriageReturn(int row, DirectoryBuilder builder) =>
        builder.Error($"row {row}", InputErrorCodes.InvalidCsv, new LocalizedText("这一行以单独的回车符（CR，旧式 Mac 的换行）结尾：医院目录的行应以 LF 或 CRLF 结尾，字段中的 CR 须加引号。", "The line ends with a carriage return alone (CR, as on old Macs): a hospital directory's lines end with LF or CRLF, and a CR inside a field is quoted."));

    private static string Cell(int row, int position, int column) =>
        string.Format(CultureInfo.InvariantCulture, "row {0}, column {1} ({2})", row, position + 1, Columns[column]);

    private static void Row(CsvDataReader csv, CsvRecordText record, int row, int[] columns, string[] fields, DirectoryBuilder builder)
    {
        if (record.Problem is { } problem)
        {
            builder.Error($"row {row}, column {problem.Column}", InputErrorCodes.InvalidCsv, problem.Message);
            return;
        }

        if (csv.RowFieldCount != columns.Length)
        {
            builder.Error($"row {row}", InputErrorCodes.InvalidCsv, new LocalizedText($"这一行有 {csv.RowFieldCount} 个字段，表头有 {columns.Length} 个。", $"The row has {csv.RowFieldCount} fields; the header has {columns.Length}."));
            return;
        }

        int? longField = null;
        var cells = new string?[Columns.Length];
        var at = new int[Columns.Length];
        for (var k = 0; k < fields.Length; k++)
        {
            fields[k] = csv.GetString(k);
            longField ??= fields[k].Length > MaxFieldLength ? k : null;
            cells[columns[k]] = fields[k].Length == 0 ? null : fields[k];
            at[columns[k]] = k;
        }

        // The first problem of each cell; the validator's paths (".region", ".crossRegionServices.chronicConditions[2]") map to cells.
        var reported = new HashSet<int>();
        var errors = 0;
        void Error(int column, string code, LocalizedText message)
        {
            if (reported.Add(column))
            {
                errors++;
                builder.Error(Cell(row, at[column], column), code, message);
            }
        }

        if (longField is { } first)
        {
            Error(columns[first], InputErrorCodes.TooLarge, new LocalizedText($"有字段超过 {MaxFieldLength} 个字符。", $"A field is longer than {MaxFieldLength} characters."));
            return;
        }

        RegionCode region = default;
        if (cells[Region] is { } regionText && !RegionCode.TryParse(regionText, out region))
        {
            Error(Region, InputErrorCodes.InvalidRegion, new LocalizedText("应为六位 GB/T 2260 行政区划代码，且前两位是已知的省份。", "A six-digit GB/T 2260 region code with a known province prefix is expected."));
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
            Error(column, error.Code, entry is { } k ? new LocalizedText($"{error.Text.Chinese}（列表中的第 {k + 1} 项）", $"{error.Message} (entry {k + 1} of the list)") : error.Text);
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
                    Error(column, InputErrorCodes.Required, new LocalizedText("这一列必填：true 或 false。", "This column is required: true or false."));
                    return false;
                case null:
                    return false;
                default:
                    Error(column, InputErrorCodes.WrongType, new LocalizedText("这里应为 true 或 false。", "true or false is expected here."));
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
}
