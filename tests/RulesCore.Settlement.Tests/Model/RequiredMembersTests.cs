using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using RulesCore.Tests.Shared;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Model;

/// <summary>
/// A member the JSON contract requires cannot be forgotten in C#: it is a <c>required</c> member (omitting it does
/// not compile), and a case carrying its default value — a null part, a date never set, an enum at 0, a region never
/// parsed — is rejected with <c>REQUIRED</c> at its path, never decided.
/// </summary>
public class RequiredMembersTests
{
    /// <summary>Each fact type, where it sits in a case (its JSON path and schema pointer), and how to get and replace it.</summary>
    private static readonly (Type Type, string Path, string[] Schema, Func<SettlementCase, object?> Get, Func<SettlementCase, object, SettlementCase> Set)[] Parts =
    {
        (typeof(SettlementCase), "", Array.Empty<string>(), c => c, (_, v) => (SettlementCase)v),
        (typeof(InsuranceAccount), "person", new[] { "person" }, c => c.Person, (c, v) => c with { Person = (InsuranceAccount)v }),
        (typeof(Contribution), "person.contribution", new[] { "person", "contribution" }, c => c.Person.Contribution, (c, v) => c with { Person = c.Person with { Contribution = (Contribution)v } }),
        (typeof(Filing), "filings[0]", new[] { "filings", "[]" }, c => c.Filings.FirstOrDefault(), (c, v) => c with { Filings = c.Filings.Skip(1).Prepend((Filing)v).ToArray() }),
        (typeof(Qualification), "qualifications[0]", new[] { "qualifications", "[]" }, c => c.Qualifications.FirstOrDefault(), (c, v) => c with { Qualifications = c.Qualifications.Skip(1).Prepend((Qualification)v).ToArray() }),
        (typeof(Hospital), "hospital", new[] { "hospital" }, c => c.Hospital, (c, v) => c with { Hospital = (Hospital)v }),
        (typeof(CrossRegionServices), "hospital.crossRegionServices", new[] { "hospital", "crossRegionServices" }, c => c.Hospital.CrossRegionServices, (c, v) => c with { Hospital = c.Hospital with { CrossRegionServices = (CrossRegionServices)v } }),
        (typeof(Encounter), "encounter", new[] { "encounter" }, c => c.Encounter, (c, v) => c with { Encounter = (Encounter)v }),
        (typeof(EncounterItem), "encounter.items[0]", new[] { "encounter", "items", "[]" }, c => c.Encounter.Items.FirstOrDefault(), (c, v) => c with { Encounter = c.Encounter with { Items = c.Encounter.Items.Skip(1).Prepend((EncounterItem)v).ToArray() } }),
    };

    /// <summary>
    /// Every required member whose default is not a real answer: not a <see cref="bool"/> (false is one) nor an
    /// amount (0 is one) — those cannot be told from a choice at run time, and <c>required</c> stops their omission.
    /// </summary>
    public static TheoryData<string, string> DefaultableMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var part in Parts)
        {
            foreach (var property in RequiredProperties(part.Type).Where(p => p.PropertyType != typeof(bool) && p.PropertyType != typeof(decimal)))
            {
                data.Add(part.Type.Name, property.Name);
            }
        }

        return data;
    }

    [Fact]
    public void RequiredInCSharp_IsExactlyRequiredInTheSchema()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schemas", "case.schema.json"))).RootElement;
        foreach (var part in Parts)
        {
            var node = part.Schema.Aggregate(schema, (n, step) => step == "[]" ? n.GetProperty("items") : n.GetProperty("properties").GetProperty(step));
            // A member a case may list as unknown is required unless it is listed: by the case's conditions (allOf).
            var inSchema = node.GetProperty("required").EnumerateArray().Select(e => e.GetString()!)
                .Concat(RequiredUnlessUnknown(schema, part.Schema))
                .Where(n => n != "schemaVersion").OrderBy(n => n, StringComparer.Ordinal);
            var inCSharp = RequiredProperties(part.Type).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1)).OrderBy(n => n, StringComparer.Ordinal);

            Assert.True(inSchema.SequenceEqual(inCSharp), $"{part.Type.Name}: schema requires [{string.Join(", ", inSchema)}], C# [{string.Join(", ", inCSharp)}]");
        }
    }

    /// <summary>The members of the object at <paramref name="path"/> that a condition of the case requires when they are not listed as unknown.</summary>
    internal static IEnumerable<string> RequiredUnlessUnknown(JsonElement schema, string[] path)
    {
        if (!schema.TryGetProperty("allOf", out var conditions))
        {
            yield break;
        }

        foreach (var condition in conditions.EnumerateArray())
        {
            foreach (var branch in new[] { "then", "else" })
            {
                if (!condition.TryGetProperty(branch, out var required))
                {
                    continue;
                }

                var node = (JsonElement?)required;
                foreach (var step in path)
                {
                    node = node is { } n && (step == "[]" ? n.TryGetProperty("items", out var items) ? items : default(JsonElement?) : n.TryGetProperty("properties", out var props) && props.TryGetProperty(step, out var child) ? child : default(JsonElement?)) is { } next ? next : null;
                }

                if (node is { } found && found.TryGetProperty("required", out var names))
                {
                    foreach (var name in names.EnumerateArray())
                    {
                        yield return name.GetString()!;
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(DefaultableMembers))]
    public void AMemberLeftAtItsDefault_IsRejectedAsRequired_AtItsPath(string type, string member)
    {
        var rich = Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).Build();
        var (c, path) = Without(rich, type, member);

        var errors = Fixtures.Evaluator.Validate(c);

        Assert.Contains(errors, e => e.Path == path && e.Code == InputErrorCodes.Required);
        Assert.Throws<InvalidCaseException>(() => Fixtures.Evaluator.Evaluate(c));
    }

    [Property(MaxTest = 300)]
    public Property AnyValidCase_WithAnyRequiredMemberLeftAtItsDefault_IsRejectedNeverDecided() =>
        Prop.ForAll(
            (from c in SettlementGenerators.ValidCases()
             from m in Gen.Elements(DefaultableMembers().Select(row => ((string)row[0], (string)row[1])).ToArray())
             where Parts.Single(p => p.Type.Name == m.Item1).Get(c) is not null
             select (c, m)).ToArbitrary(),
            x =>
            {
                var (c, path) = Without(x.c, x.m.Item1, x.m.Item2);
                var result = Fixtures.Evaluator.EvaluateMany(new[] { c }).Single();
                return result.Decision is null && result.Errors.Any(e => e.Path == path && e.Code == InputErrorCodes.Required);
            });

    [Fact]
    public void EveryFactType_HasItsRequiredMembers_AndEnumsStartAtOne()
    {
        Assert.All(Parts, p => Assert.NotEmpty(RequiredProperties(p.Type)));
        var enums = Parts.SelectMany(p => p.Type.GetProperties()).Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Where(t => t.IsEnum).Distinct();
        Assert.All(enums, e => Assert.False(Enum.IsDefined(e, 0), $"{e.Name} has a member at 0: a forgotten member would read as it"));
    }

    private static IEnumerable<PropertyInfo> RequiredProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.IsDefined(typeof(RequiredMemberAttribute), false));

    /// <summary>The case with one member of one part set to its default value, and the path the error must name.</summary>
    private static (SettlementCase Case, string Path) Without(SettlementCase c, string type, string member)
    {
        var part = Parts.Single(p => p.Type.Name == type);
        var property = part.Type.GetProperty(member)!;
        var copy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(part.Get(c)!, null)!;
        property.SetValue(copy, property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null);
        var name = char.ToLowerInvariant(member[0]) + member.Substring(1);
        return (part.Set(c, copy), part.Path.Length == 0 ? name : part.Path + "." + name);
    }
}
