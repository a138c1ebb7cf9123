using System.Text;
using System.Text.Json;

namespace RulesCore.Settlement.Json;

/// <summary>The properties an object may have (at most 64), with their names in UTF-8.</summary>
internal sealed class KnownProperties
{
    private readonly byte[][] _utf8;

    public KnownProperties(params string[] names)
    {
        if (names.Length > 64)
        {
            throw new ArgumentException("At most 64 properties.", nameof(names));
        }

        Names = names;
        _utf8 = names.Select(n => Encoding.UTF8.GetBytes(n)).ToArray();
    }

    public string[] Names { get; }

    /// <summary>The index of <paramref name="property"/>'s name, searched from <paramref name="start"/> round; -1 if unknown.</summary>
    public int IndexOf(JsonProperty property, int start)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            var k = (start + i) % _utf8.Length;
            if (property.NameEquals(_utf8[k]))
            {
                return k;
            }
        }

        return -1;
    }
}
