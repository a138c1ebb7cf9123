using System.Globalization;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// What both directory readers share: the problems found (at most <see cref="HospitalDirectoryOptions.MaxErrors"/>,
/// then one saying the rest are not listed; never a control character), duplicate ids, and the hospital limit.
/// </summary>
internal sealed class DirectoryBuilder(HospitalDirectoryOptions options)
{
    private readonly List<InputError> _errors = new();
    private readonly Dictionary<string, string> _firstAt = new(StringComparer.Ordinal);
    private readonly List<DirectoryHospital> _hospitals = new();
    private InputError? _refused;

    public HospitalDirectoryOptions Options => options;

    /// <summary>Gets whether reading should stop: the document is refused whole, or the error list is full.</summary>
    public bool Stopped => _refused is not null || _errors.Count > options.MaxErrors;

    /// <summary>How many entries have been seen (valid or not).</summary>
    public int Entries { get; private set; }

    /// <summary>Counts one more entry; false (and the document refused) when it is one more than the limit.</summary>
    public bool NextEntry()
    {
        if (Entries >= options.MaxHospitals)
        {
            Refuse(new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"目录中的医院超过 {options.MaxHospitals} 家。", $"The directory holds more than {options.MaxHospitals} hospitals.")));
            return false;
        }

        Entries++;
        return true;
    }

    /// <summary>Refuses the document whole (too large): this one error replaces every other.</summary>
    public void Refuse(InputError error) => _refused ??= error;

    public void RefuseTooManyBytes() => Refuse(new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"目录超过 {options.MaxBytes} 字节。", $"The directory is larger than {options.MaxBytes} bytes.")));

    public void Error(string path, string code, LocalizedText message) => Error(new InputError(path, code, message));

    public void Error(InputError error)
    {
        if (_errors.Count < options.MaxErrors)
        {
            _errors.Add(new InputError(Safe(error.Path), error.Code, new LocalizedText(Safe(error.Text.Chinese), Safe(error.Text.English))));
        }
        else if (_errors.Count == options.MaxErrors)
        {
            _errors.Add(InputErrorText.TooMany(options.MaxErrors));
        }
    }

    /// <summary>Adds a valid hospital; a second hospital with the same id is an error at <paramref name="idPath"/>.</summary>
    /// <param name="hospital">The hospital.</param>
    /// <param name="idPath">Where its id is: <c>[3].id</c>, <c>row 4, column 1 (id)</c>.</param>
    /// <param name="where">Where the entry is, as the duplicate's message names it: <c>[3]</c>, <c>row 4</c>.</param>
    public void Add(DirectoryHospital hospital, string idPath, string where)
    {
        if (_firstAt.TryGetValue(hospital.Id, out var first))
        {
            Error(idPath, InputErrorCodes.DuplicateId, new LocalizedText($"另一家医院的 id 与此相同（{InChinese(first)}）。", $"Another hospital has the same id ({first})."));
            return;
        }

        _firstAt.Add(hospital.Id, where);
        _hospitals.Add(hospital);
    }

    public bool TryBuild(out HospitalDirectory? directory, out IReadOnlyList<InputError> errors)
    {
        directory = TryTake(out var hospitals, out errors) ? new HospitalDirectory(hospitals!) : null;
        return directory is not null;
    }

    /// <summary>The valid hospitals, or every problem.</summary>
    public bool TryTake(out List<DirectoryHospital>? hospitals, out IReadOnlyList<InputError> errors)
    {
        hospitals = null;
        if (_refused is { } refused)
        {
            errors = new[] { refused };
            return false;
        }

        if (_errors.Count > 0)
        {
            errors = _errors.ToArray();
            return false;
        }

        hospitals = _hospitals;
        errors = Array.Empty<InputError>();
        return true;
    }

    /// <summary>Text fit for a message: every control character (<see cref="CaseLimits.IsControlCharacter"/>) replaced by U+FFFD.</summary>
    /// <summary>A place as a Chinese reader reads it: <c>row 4</c> is <c>第 4 行</c>; a JSON path stays as it is.</summary>
    public static string InChinese(string where) =>
        where.StartsWith("row ", StringComparison.Ordinal) && int.TryParse(where.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            ? $"第 {row} 行"
            : where;

    public static string Safe(string text)
    {
        if (!CaseLimits.HasControlCharacter(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (CaseLimits.IsControlCharacter(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
