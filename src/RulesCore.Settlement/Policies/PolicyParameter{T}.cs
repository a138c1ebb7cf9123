using System.Text.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Policies;

/// <summary>A policy parameter whose values are of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T"><see cref="int"/>, <see cref="bool"/>, or a list of strings.</typeparam>
public sealed class PolicyParameter<T> : PolicyParameter
{
    private readonly Func<JsonElement, (T? Value, InputError? Error)> _read;
    private readonly Func<T, string> _format;
    private readonly Func<T, string, string> _words;

    internal PolicyParameter(string name, LocalizedText title, PolicyScope scope, string description, Func<JsonElement, (T? Value, InputError? Error)> read, Func<T, string> format, Func<T, string, string> words)
        : base(name, title, scope, description)
    {
        _read = read;
        _format = format;
        _words = words;
    }

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    internal override object? Read(JsonElement element, out InputError? error)
    {
        var (value, message) = _read(element);
        error = message;
        return value;
    }

    internal override string Format(object? value) => _format((T)value!);

    internal override string Words(object? value, string language) => _words((T)value!, language);
}
