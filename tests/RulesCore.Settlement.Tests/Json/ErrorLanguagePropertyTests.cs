using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Tests.Model;
using RulesCore.Testing;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// Over generated hostile case documents (misspelt names and values, wrong types, missing and unknown members, planted
/// personal data) and bad cases through the C# door: every error's Chinese is Chinese, says what the English says, and
/// holds no English prose and no personal data.
/// </summary>
public class ErrorLanguagePropertyTests
{
    private const string PlantedName = "张三丰";
    private const string PlantedId = "110101199001011234";

    private static readonly string[] Seeds =
    {
        "settles-directly-long-term-resident.json", "000-changsha-wuhan-expired-six-month-filing.json", "000-admitted-without-filing-file-before-discharge.json",
    };

    private static readonly JsonNode?[] Replacements =
    {
        JsonValue.Create(1), JsonValue.Create(-5.5m), JsonValue.Create(true), JsonValue.Create(""), JsonValue.Create(" "), JsonValue.Create("x"),
        JsonValue.Create("2025-02-30"), JsonValue.Create("99999"), JsonValue.Create("\u001b[2J"), JsonValue.Create(new string('w', 2000)),
        JsonValue.Create(PlantedName), JsonValue.Create(PlantedId), JsonValue.Create("Not An Id"), null,
    };

    /// <summary>English words of the messages' prose: none may appear in a Chinese message.</summary>
    private static readonly HashSet<string> Prose = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "of", "expected", "required", "property", "properties", "value", "values", "object", "entries",
        "characters", "document", "here", "most", "did", "you", "mean", "known", "allowed", "an", "must", "between", "longer",
        "than", "contains", "appears", "once", "another", "same", "list", "string", "number", "range",
    };

    private static readonly Regex AsciiWord = new("[A-Za-z][A-Za-z0-9_]*", RegexOptions.CultureInvariant);

    public static class Arbitraries
    {
        private static Gen<(int Kind, int Where, int Pick)> Mutation() =>
            Gen.Choose(0, 6).SelectMany(kind => Gen.Choose(0, 200).SelectMany(where => Gen.Choose(0, 1000).Select(pick => (kind, where, pick))));

        public static Arbitrary<string> HostileDocuments() =>
            Gen.Elements(Seeds).SelectMany(seed => Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Mutation(), n)).Select(mutations => Apply(seed, mutations)))
                .ToArbitrary();
    }

    private static string Apply(string seed, (int Kind, int Where, int Pick)[] mutations)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", seed)))!;
        foreach (var (kind, where, pick) in mutations)
        {
            var objects = Objects(root).ToList();
            var target = objects[where % objects.Count];
            var names = target.Select(p => p.Key).ToList();
            var name = names.Count == 0 ? null : names[pick % names.Count];
            switch (kind)
            {
                case 0 when name is not null:
                    // A misspelt property name: two neighbours swapped, a letter dropped or doubled, another case.
                    var value = target[name];
                    target.Remove(name);
                    target[Misspell(name, pick)] = value;
                    break;
                case 1 when name is not null && target[name] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 1:
                    target[name] = Misspell(text, pick);
                    break;
                case 2 when name is not null:
                    target[name] = Replacements[pick % Replacements.Length]?.DeepClone();
                    break;
                case 3 when name is not null:
                    target.Remove(name);
                    break;
                case 4:
                    target[pick % 2 == 0 ? "zzzUnknown" : "name" + pick] = JsonValue.Create(PlantedName);
                    break;
                case 5 when name is not null && target[name] is JsonArray array && array.Count > 0:
                    array.Add(array[0]!.DeepClone());
                    break;
                case 6 when name is not null:
                    target[name] = pick % 2 == 0 ? new JsonArray() : new JsonObject();
                    break;
            }
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject o)
        {
            yield return o;
            foreach (var child in o.Select(p => p.Value).Where(v => v is not null))
            {
                foreach (var inner in Objects(child!))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.Where(v => v is not null))
            {
                foreach (var inner in Objects(child!))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Misspell(string word, int pick)
    {
        if (word.Length < 2)
        {
            // A one-letter name (e.g. what an earlier mutation left of "id"): its letter doubled.
            return word + word;
        }

        var i = pick % (word.Length - 1);
        return (pick / 7 % 4) switch
        {
            0 => word.Substring(0, i) + word[i + 1] + word[i] + word.Substring(i + 2),
            1 => word.Remove(i, 1),
            2 => word.Insert(i, word[i].ToString()),
            _ => word.ToUpperInvariant(),
        };
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public void EveryErrorOfAHostileDocument_SaysInChineseWhatTheEnglishSays(string document)
    {
        if (SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(document), out _, out var errors))
        {
            return;
        }

        Assert.NotEmpty(errors);
        Assert.All(errors, AssertSaysItInChinese);
    }

    [Property(Arbitrary = new[] { typeof(BadInputTests.Arbitraries) }, MaxTest = 200)]
    public void EveryErrorOfABadCase_SaysInChineseWhatTheEnglishSays(SettlementCase c)
    {
        Assert.All(new SettlementEvaluator().Validate(c), AssertSaysItInChinese);
    }

    private static void AssertSaysItInChinese(InputError error)
    {
        var chinese = error.Text.In(Languages.Chinese);
        Assert.Equal(error.Message, error.Text.In(Languages.English));
        Assert.False(string.IsNullOrWhiteSpace(chinese), error.ToString());
        Assert.Contains(chinese, c => c is >= '\u4e00' and <= '\u9fff');

        // The Chinese adds no English: every ASCII word it holds is one the reader types or looks for (a name, an allowed
        // value, a suggestion, a format), which the English holds too — and none is a word of English prose.
        foreach (Match word in AsciiWord.Matches(chinese))
        {
            Assert.True(Regex.IsMatch(error.Message, $@"(?<![A-Za-z0-9_]){Regex.Escape(word.Value)}(?![A-Za-z0-9_])"), $"'{word.Value}' of {chinese} is not in {error.Message}");
            Assert.DoesNotContain(word.Value, Prose);
        }

        // The same details: allowed values, the suggestion.
        if (Regex.Match(error.Message, "^One of (.+) is expected") is { Success: true } allowed)
        {
            Assert.NotEqual("不是允许的取值。", chinese);
            Assert.All(allowed.Groups[1].Value.Split(", "), v => Assert.Contains(v, chinese, StringComparison.Ordinal));
        }

        if (Regex.Match(error.Message, @"Did you mean (\S+)\?$") is { Success: true } suggestion)
        {
            Assert.EndsWith($"是否应为 {suggestion.Groups[1].Value}？", chinese, StringComparison.Ordinal);
        }

        // Never personal data, in either language.
        Assert.DoesNotContain(PlantedName, chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedId, chinese, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedId, error.Message, StringComparison.Ordinal);
    }
}
