using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesCore.Cli;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Fuzz;

/// <summary>The hospital directory readers (JSON and CSV): every input goes through both.</summary>
public static partial class FuzzTargets
{
    /// <summary>Where a JSON directory error may be: the document, or an entry and what lies below it.</summary>
    private static readonly Regex JsonPlace = new(@"^(\$|\[\d+\].*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>Where a CSV directory error may be: the document, a row, or a row and a column (named when known).</summary>
    private static readonly Regex CsvPlace = new(@"^(\$|row (?<row>\d+)(, column (?<column>\d+)( \((id|name|region|level|inpatient|generalOutpatient|chronicConditions|intraProvinceOnly)\))?)?)$", RegexOptions.CultureInvariant);

    /// <summary>Limits small enough that the fuzzer reaches each of them.</summary>
    private static readonly HospitalDirectoryOptions TightDirectory = new() { MaxBytes = 1024, MaxHospitals = 4, MaxErrors = 2 };

    /// <summary>
    /// The hospital directory readers: the input is read as JSON and as CSV, from a whole stream, from one that hands
    /// out a few bytes at a time, from a file, and under tight limits. A rejected directory lists its problems (at most
    /// the limit, then one more saying the rest are not listed), each placed at a JSON path or a CSV row and column, with
    /// no control character and no long echo of the input; a refusal as too large is the only error; at most one byte
    /// beyond the limit is read; how the stream is cut, a byte order mark and the file door change nothing. A directory
    /// that loads finds every hospital by id, lists them by id, answers <c>InArea</c> as the regions say, is accepted by
    /// the constructor, reads back the same when written out in either format, and a bounded search judges no more
    /// hospitals than it was given.
    /// </summary>
    public static void Directory(byte[] input)
    {
        foreach (var json in new[] { true, false })
        {
            var (directory, errors, consumed) = ReadDirectory(input, json, HospitalDirectoryOptions.Default, chunk: 0);
            Check(consumed <= input.Length, "the reader read more than the document");
            DirectoryErrors(input, json, directory, errors, HospitalDirectoryOptions.Default);

            // However the stream is cut, the result is the same.
            var trickled = ReadDirectory(input, json, HospitalDirectoryOptions.Default, chunk: 1 + (input.Length % 7));
            Check(Same(directory, errors, trickled.Directory, trickled.Errors, messages: true), $"a {Format(json)} stream handed out a few bytes at a time reads differently: {Summary(directory, errors)} / {Summary(trickled.Directory, trickled.Errors)}");

            // One byte order mark is skipped; a second one is not.
            if (StartsWithByteOrderMark(input) && !StartsWithByteOrderMark(input.AsSpan(3).ToArray()))
            {
                var plain = ReadDirectory(input.AsSpan(3).ToArray(), json, HospitalDirectoryOptions.Default, chunk: 0);
                Check(Same(directory, errors, plain.Directory, plain.Errors, messages: false), "a byte order mark changes how the directory is judged");
            }

            // The file door reads as the stream does.
            File.WriteAllBytes(json ? Scratch.DirectoryJson : Scratch.DirectoryCsv, input);
            HospitalDirectory.TryLoadFile(json ? Scratch.DirectoryJson : Scratch.DirectoryCsv, out var loaded, out var loadErrors);
            Check(Same(directory, errors, loaded, loadErrors, messages: true), "a directory file reads differently from the same bytes as a stream");

            // Tight limits: at most one byte beyond the limit is read, and the limits hold.
            var tight = ReadDirectory(input, json, TightDirectory, chunk: 0);
            Check(tight.Consumed <= TightDirectory.MaxBytes + 1, $"the reader read {tight.Consumed} bytes under a limit of {TightDirectory.MaxBytes}");
            DirectoryErrors(input, json, tight.Directory, tight.Errors, TightDirectory);
            var fits = input.Length <= TightDirectory.MaxBytes && directory is not null && directory.Count <= TightDirectory.MaxHospitals;
            Check((tight.Directory is not null) == fits, "a directory within the tight limits is judged differently under them");
            Check(tight.Directory is null || Same(directory, errors, tight.Directory, tight.Errors, messages: true), "the tight limits read another directory");

            if (directory is not null)
            {
                LoadedDirectory(directory, json);
            }
        }
    }

    /// <summary>The problems of a rejected directory, or none for one that loads; written out, none holds a control character.</summary>
    private static void DirectoryErrors(byte[] input, bool json, HospitalDirectory? directory, IReadOnlyList<InputError> errors, HospitalDirectoryOptions options)
    {
        Check((directory is null) == (errors.Count > 0), "a directory is rejected without errors, or has errors and loads");
        if (directory is not null)
        {
            Check(directory.Count <= options.MaxHospitals, "a directory holds more hospitals than its limit");
            return;
        }

        Check(errors.Count <= options.MaxErrors + 1, $"{errors.Count} errors listed; the limit is {options.MaxErrors} and one more");
        var lines = 1 + input.Count(b => b == (byte)'\n');
        for (var i = 0; i < errors.Count; i++)
        {
            var e = errors[i];
            Check(e.Path.Length > 0 && KnownCodes.Contains(e.Code) && e.Message.Length > 0, "an error lacks a path or a message, or has an unknown code: " + e.Code);
            Check(!e.Path.Any(CaseLimits.IsControlCharacter) && !e.Message.Any(CaseLimits.IsControlCharacter), "an error's path or message holds a control character");
            Check(e.Path.Length + e.Message.Length <= 512, "an error's path and message are long (input repeated?)");
            Check(IsWellFormed(e.Path) && IsWellFormed(e.Message), "an error's path or message is not well-formed UTF-16");
            if (e.Code == InputErrorCodes.TooLarge && e.Path == "$")
            {
                // A refusal (too many bytes, too many hospitals) replaces every other error; "the rest are not listed" comes last.
                Check(errors.Count == 1 || i == options.MaxErrors, "a refusal as too large is not the only error, nor the last of a full list");
            }

            if (json)
            {
                Check(JsonPlace.IsMatch(e.Path), "a JSON directory error is not at a JSON path: " + e.Path);
            }
            else
            {
                var place = CsvPlace.Match(e.Path);
                Check(place.Success, "a CSV directory error names no row and column: " + e.Path);
                var row = place.Groups["row"].Success ? int.Parse(place.Groups["row"].Value, CultureInfo.InvariantCulture) : 0;
                if (place.Groups["row"].Success)
                {
                    Check(row >= 1 && row <= lines, $"a CSV error names row {row} of a document of {lines} lines");
                }

                if (place.Groups["column"].Success)
                {
                    var column = int.Parse(place.Groups["column"].Value, CultureInfo.InvariantCulture);
                    Check(column >= 1, "a CSV error names column 0");

                    // A header is judged on 9 fields at most (the 8 columns and one more); a wider one is one error at column 10.
                    Check(row != 1 || column <= 10, $"a CSV header's error names column {column}: the header was read past its 10th field");
                }
            }
        }

        Check(SettlementJson.WriteErrors(errors).Length > 0, "the error document is written");
        foreach (var language in new[] { Languages.Chinese, Languages.English })
        {
            var said = new StringWriter { NewLine = "\n" };
            HospitalsCommand.DirectoryErrors(json ? "directory.json" : "directory.csv", errors, new Output(said, colour: false, language));
            NoControl(said.ToString());
        }
    }

    /// <summary>A directory that loads: found by id, ordered, indexed by region as the regions say, accepted by the constructor, round-tripped, searched within bounds.</summary>
    private static void LoadedDirectory(HospitalDirectory directory, bool json)
    {
        var hospitals = directory.Hospitals;
        Check(directory.Count == hospitals.Count, "Count is not the number of hospitals");
        for (var i = 0; i < hospitals.Count; i++)
        {
            Check(i == 0 || string.CompareOrdinal(hospitals[i - 1].Id, hospitals[i].Id) < 0, "the hospitals are not ordered by id, or two share one");
            Check(ReferenceEquals(directory.Find(hospitals[i].Id), hospitals[i]), "a hospital of the directory is not found by its id");
        }

        Check(directory.Find(hospitals.Count == 0 ? "H" : hospitals[^1].Id + "~") is null, "Find returns a hospital for an id the directory does not have");

        // InArea: a province's or a city's hospitals, or those with exactly that code, by id.
        foreach (var area in hospitals.SelectMany(h => new[] { h.Region.Province, h.Region.City, h.Region }).Distinct())
        {
            var expected = hospitals.Where(h => area.IsProvince || area.IsCity ? area.Contains(h.Region) : h.Region == area).Select(h => h.Id);
            Check(directory.InArea(area).Select(h => h.Id).SequenceEqual(expected, StringComparer.Ordinal), "InArea(" + area + ") disagrees with the hospitals' regions");
        }

        Check(directory.InArea(RegionCode.Parse("650000")).All(h => h.Region.Province.Value == 650000), "InArea returns a hospital of another province");
        try
        {
            directory.InArea(default);
            Check(false, "InArea accepts an area that is not specified");
        }
        catch (ArgumentException)
        {
            // Documented.
        }

        var described = Describe(directory);
        Check(Describe(new HospitalDirectory(hospitals)).SequenceEqual(described, StringComparer.Ordinal), "the constructor reads the readers' hospitals differently");

        // Written out in either format, it reads back the same.
        foreach (var (written, asJson) in new[] { (CsvOf(hospitals), false), (JsonOf(hospitals), true) })
        {
            var back = ReadDirectory(written, asJson, HospitalDirectoryOptions.Default, chunk: 0);
            Check(back.Directory is not null, $"a loaded directory written as {(asJson ? "JSON" : "CSV")} does not read back: " + string.Join("; ", back.Errors.Select(e => e.Path + " " + e.Code)));
            Check(Describe(back.Directory!).SequenceEqual(described, StringComparer.Ordinal), $"a loaded directory written as {(asJson ? "JSON" : "CSV")} reads back differently");
        }

        // A bounded search judges at most what it was given, and says when it stopped early.
        if (hospitals.Count > 0)
        {
            var area = hospitals[0].Region.Province;
            var options = new EvaluationOptions { Language = json ? Languages.English : Languages.Chinese, IncludeTrace = false, MaxDegreeOfParallelism = 1 };
            const int most = 3;
            var search = HospitalFinder.Search(Evaluator, SearchCase.Value, directory, area, options, most);
            Check(search.Judged <= most && search.Matches.Count <= search.Judged, "a bounded search judged more hospitals than it was given");
            Check(search.InArea == directory.InArea(area).Count, "a search counts the area's hospitals wrongly");
            Check(!search.Truncated || search.Judged == most, "a search that stopped early did not judge its limit");
            Check(search.Matches.All(m => ReferenceEquals(directory.Find(m.Hospital.Id), m.Hospital) && area.Contains(m.Hospital.Region) && m.Decision.Outcome is Outcome.Direct or Outcome.DirectReducedRate), "a match is not a hospital of the area where the visit settles directly");
            if (!search.Truncated)
            {
                var all = HospitalFinder.Find(Evaluator, SearchCase.Value, directory, area, options);
                Check(all.Select(m => m.Hospital.Id).SequenceEqual(search.Matches.Select(m => m.Hospital.Id), StringComparer.Ordinal), "a search that was not truncated finds other hospitals than Find");
            }
        }
    }

    /// <summary>A directory, its errors, and how many bytes the reader took from the stream.</summary>
    private static (HospitalDirectory? Directory, IReadOnlyList<InputError> Errors, long Consumed) ReadDirectory(byte[] input, bool json, HospitalDirectoryOptions options, int chunk)
    {
        var stream = new CountingStream(input, chunk);
        HospitalDirectory? directory;
        IReadOnlyList<InputError> errors;
        _ = json ? HospitalDirectory.TryReadJson(stream, out directory, out errors, options) : HospitalDirectory.TryReadCsv(stream, out directory, out errors, options);
        return (directory, errors, stream.Consumed);
    }

    /// <summary>Whether two readings agree: the same hospitals, or the same errors (paths and codes; messages too if asked).</summary>
    private static bool Same(HospitalDirectory? a, IReadOnlyList<InputError> aErrors, HospitalDirectory? b, IReadOnlyList<InputError> bErrors, bool messages)
    {
        if (a is not null || b is not null)
        {
            return a is not null && b is not null && Describe(a).SequenceEqual(Describe(b), StringComparer.Ordinal);
        }

        return aErrors.Select(e => e.Path + "\n" + e.Code + "\n" + (messages ? e.Message : string.Empty))
            .SequenceEqual(bErrors.Select(e => e.Path + "\n" + e.Code + "\n" + (messages ? e.Message : string.Empty)), StringComparer.Ordinal);
    }

    private static string Format(bool json) => json ? "JSON" : "CSV";

    /// <summary>A reading in short, for an invariant's message: how many hospitals, or the errors' places and codes.</summary>
    private static string Summary(HospitalDirectory? directory, IReadOnlyList<InputError> errors) =>
        directory is not null ? directory.Count + " hospital(s)" : string.Join(", ", errors.Take(3).Select(e => e.Path + " " + e.Code)) + (errors.Count > 3 ? $" (+{errors.Count - 3})" : string.Empty);

    /// <summary>A hospital by value (records compare lists by reference); an empty name or level is one left out.</summary>
    private static string[] Describe(IHospitalDirectory directory) => directory.Hospitals.Select(h =>
        string.Join("|", h.Id, Blank(h.Name), h.Region, Blank(h.Level), h.Hospital.CrossRegionServices.Inpatient, h.Hospital.CrossRegionServices.GeneralOutpatient,
            string.Join(";", h.Hospital.CrossRegionServices.ChronicConditions), h.Hospital.CrossRegionServices.IntraProvinceOnly)).ToArray();

    private static string Blank(string? text) => string.IsNullOrEmpty(text) ? "(none)" : "=" + text;

    /// <summary>The hospitals as a CSV directory, every field quoted.</summary>
    private static byte[] CsvOf(IEnumerable<DirectoryHospital> hospitals)
    {
        static string Quoted(string? text) => "\"" + (text ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        static string Boolean(bool value) => value ? "true" : "false";
        var csv = new StringBuilder("id,name,region,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly\r\n");
        foreach (var h in hospitals)
        {
            var s = h.Hospital.CrossRegionServices;
            csv.Append(Quoted(h.Id)).Append(',').Append(Quoted(h.Name)).Append(',').Append(h.Region).Append(',').Append(Quoted(h.Level)).Append(',')
                .Append(Boolean(s.Inpatient)).Append(',').Append(Boolean(s.GeneralOutpatient)).Append(',').Append(Quoted(string.Join(";", s.ChronicConditions))).Append(',')
                .Append(Boolean(s.IntraProvinceOnly)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>The hospitals as a JSON directory.</summary>
    private static byte[] JsonOf(IEnumerable<DirectoryHospital> hospitals) => JsonSerializer.SerializeToUtf8Bytes(hospitals.Select(h => new Dictionary<string, object?>
    {
        ["id"] = h.Id,
        ["name"] = h.Name,
        ["region"] = h.Region.ToString(),
        ["level"] = h.Level,
        ["crossRegionServices"] = new Dictionary<string, object>
        {
            ["inpatient"] = h.Hospital.CrossRegionServices.Inpatient,
            ["generalOutpatient"] = h.Hospital.CrossRegionServices.GeneralOutpatient,
            ["chronicConditions"] = h.Hospital.CrossRegionServices.ChronicConditions,
            ["intraProvinceOnly"] = h.Hospital.CrossRegionServices.IntraProvinceOnly,
        },
    }).ToArray());

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The case a bounded search judges each hospital for: the pack target's seed, a 长沙 patient's emergency visit.</summary>
    private static class SearchCase
    {
        public static readonly SettlementCase Value = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(Seed.Case), null);
    }

    /// <summary>A stream over bytes that counts what it hands out; with a chunk size, hands out at most that many bytes per read.</summary>
    private sealed class CountingStream(byte[] bytes, int chunk) : Stream
    {
        public long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Consumed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, chunk > 0 ? chunk : int.MaxValue), bytes.Length - Consumed);
            Array.Copy(bytes, Consumed, buffer, offset, n);
            Consumed += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
