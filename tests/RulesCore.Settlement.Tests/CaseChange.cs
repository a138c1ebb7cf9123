using System.Text;
using System.Text.Json.Nodes;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// What one plan step changed in the case, read from the case documents before and after it — the properties it set,
/// the list members it added, changed or removed (filings by id, items by code, qualifications by condition and start) —
/// so that the change can be made to another case: the steps of a plan, each as the change it makes, applied in any
/// subset to the case as it stood.
/// </summary>
internal sealed class CaseChange
{
    private readonly List<(string[] Path, JsonNode? Value)> _edits = new();

    private CaseChange()
    {
    }

    /// <summary>Gets whether the step changed anything.</summary>
    public bool IsEmpty => _edits.Count == 0;

    /// <summary>The change from one case to the other.</summary>
    public static CaseChange Between(SettlementCase before, SettlementCase after)
    {
        var change = new CaseChange();
        change.Diff(Document(before), Document(after), Array.Empty<string>());
        return change;
    }

    /// <summary>The case with the change made to it.</summary>
    public SettlementCase ApplyTo(SettlementCase @case)
    {
        var document = Document(@case);
        foreach (var (path, value) in _edits)
        {
            Set(document, path, value?.DeepClone());
        }

        return SettlementJson.ReadCase(Encoding.UTF8.GetBytes(document.ToJsonString()), null);
    }

    private static JsonObject Document(SettlementCase @case) => JsonNode.Parse(SettlementJson.WriteCase(@case))!.AsObject();

    private void Diff(JsonNode? before, JsonNode? after, string[] path)
    {
        if (before is JsonObject a && after is JsonObject b)
        {
            foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                Diff(a[name], b[name], path.Append(name).ToArray());
            }
        }
        else if (before is JsonArray x && after is JsonArray y && Keyed(x) && Keyed(y))
        {
            var old = x.ToDictionary(e => KeyOf(e!), StringComparer.Ordinal);
            var now = y.ToDictionary(e => KeyOf(e!), StringComparer.Ordinal);
            foreach (var key in old.Keys.Union(now.Keys))
            {
                Diff(old.GetValueOrDefault(key), now.GetValueOrDefault(key), path.Append(key).ToArray());
            }
        }
        else if (!JsonNode.DeepEquals(before, after))
        {
            _edits.Add((path, after?.DeepClone()));
        }
    }

    /// <summary>Sets (or, with <see langword="null"/>, removes) what a path names: a property, or a list member by its key.</summary>
    private static void Set(JsonNode document, string[] path, JsonNode? value)
    {
        var parent = document;
        for (var i = 0; i < path.Length - 1; i++)
        {
            parent = Child(parent, path[i]) ?? throw new InvalidOperationException($"the case has no {string.Join("/", path.Take(i + 1))}");
        }

        var last = path[^1];
        if (parent is JsonArray list)
        {
            var index = list.Select((e, n) => (e, n)).FirstOrDefault(m => KeyOf(m.e!) == last, (null, -1)).Item2;
            if (index >= 0)
            {
                list.RemoveAt(index);
            }

            if (value is not null)
            {
                list.Insert(index >= 0 ? index : list.Count, value);
            }
        }
        else if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = value;
        }
    }

    private static JsonNode? Child(JsonNode node, string step) =>
        node is JsonArray list ? list.FirstOrDefault(e => KeyOf(e!) == step) : node[step];

    /// <summary>Whether a list's members are objects with distinct keys (else it is compared, and set, as a whole).</summary>
    private static bool Keyed(JsonArray list) => list.All(e => e is JsonObject) && list.Select(e => KeyOf(e!)).Distinct(StringComparer.Ordinal).Count() == list.Count;

    /// <summary>A list member's identity: a filing's id, an item's code, a qualification's condition and start.</summary>
    private static string KeyOf(JsonNode member) =>
        member["id"] is { } id ? "id=" + id
        : member["code"] is { } code ? "code=" + code
        : "condition=" + member["condition"] + "@" + member["validFrom"];
}
