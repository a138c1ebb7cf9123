using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Model;

/// <summary>The errors found so far; no allocation while there are none; at most <see cref="CaseValidator.MaxErrors"/>.</summary>
internal struct ValidationErrors
{
    private List<InputError>? _list;

    public void Add(string path, string code, string chinese, string english)
    {
        _list ??= new List<InputError>();
        if (_list.Count < CaseValidator.MaxErrors)
        {
            _list.Add(new InputError(path, code, new LocalizedText(chinese, english)));
        }
        else if (_list.Count == CaseValidator.MaxErrors)
        {
            _list.Add(InputErrorText.TooMany(CaseValidator.MaxErrors));
        }
    }

    public readonly IReadOnlyList<InputError> ToList() => _list ?? (IReadOnlyList<InputError>)Array.Empty<InputError>();
}
