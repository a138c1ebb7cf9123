using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>The errors found so far; no allocation while there are none; at most <see cref="CaseValidator.MaxErrors"/>.</summary>
internal struct ValidationErrors
{
    private List<InputError>? _list;

    public void Add(string path, string code, string message)
    {
        _list ??= new List<InputError>();
        if (_list.Count < CaseValidator.MaxErrors)
        {
            _list.Add(new InputError(path, code, message));
        }
        else if (_list.Count == CaseValidator.MaxErrors)
        {
            _list.Add(new InputError("$", InputErrorCodes.TooLarge, $"More than {CaseValidator.MaxErrors} problems; the rest are not listed."));
        }
    }

    public readonly IReadOnlyList<InputError> ToList() => _list ?? (IReadOnlyList<InputError>)Array.Empty<InputError>();
}
