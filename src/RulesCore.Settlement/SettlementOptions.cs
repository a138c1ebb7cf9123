using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement;

/// <summary>How to build a <see cref="SettlementEvaluator"/>: policy packs to add or override.</summary>
public sealed class SettlementOptions
{
    private readonly List<PolicyPack> _packs = new();
    private readonly List<Type> _rules = new();
    private readonly List<(PolicyParameter Parameter, PolicyEntry? Default)> _parameters = new();

    private string _defaultLanguage = Languages.Chinese;

    /// <summary>
    /// Gets or sets the language of decisions whose <see cref="EvaluationOptions.Language"/> is not set: <c>zh-CN</c>
    /// (default) or <c>en</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The language is neither.</exception>
    public string DefaultLanguage
    {
        get => _defaultLanguage;
        set => _defaultLanguage = Languages.IsSupported(value) ? value : throw new ArgumentException("The language must be \"zh-CN\" or \"en\".", nameof(value));
    }

    /// <summary>
    /// Gets or sets the hospitals <see cref="ISettlementEvaluator.Plan"/> may offer as "go to hospital X instead" (the
    /// national networked-hospital list an integrator loads, e.g. with <see cref="Hospitals.HospitalDirectory.LoadFile"/>);
    /// <see langword="null"/> (default): plans offer no hospital.
    /// </summary>
    public Hospitals.IHospitalDirectory? HospitalDirectory { get; set; }

    /// <summary>
    /// Gets or sets whether building the evaluator compiles every situation's rules at once
    /// (<see cref="SettlementEvaluator.WarmUp"/>), so that the first decisions do not wait for them; with
    /// <c>AddRulesCore</c>, the evaluator is then built when the host starts, before it serves. Default: <see langword="false"/>
    /// (each situation's rules compile on its first decision).
    /// </summary>
    public bool WarmUp { get; set; }

    /// <summary>Gets the packs added so far.</summary>
    public IReadOnlyList<PolicyPack> PolicyPacks => _packs;

    /// <summary>Adds a policy pack file; a pack for a region the shipped packs cover replaces that pack.</summary>
    /// <param name="path">The JSON file; a relative path is read from the current directory.</param>
    /// <returns>These options.</returns>
    /// <exception cref="InvalidPolicyPackException">The pack is malformed or cannot be read (the error names the full path tried); it is rejected whole.</exception>
    public SettlementOptions AddPolicyPackFile(string path)
    {
        _packs.Add(PolicyCatalog.ReadPackFile(path, Declared));
        return this;
    }

    /// <summary>Adds a policy pack from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="origin">A name for error messages, e.g. the resource name.</param>
    /// <returns>These options.</returns>
    /// <exception cref="InvalidPolicyPackException">The pack is malformed; it is rejected whole.</exception>
    public SettlementOptions AddPolicyPack(Stream utf8Json, string origin)
    {
        _packs.Add(PolicyCatalog.ReadPack(utf8Json, origin, Declared));
        return this;
    }

    /// <summary>Adds a pack already read.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>These options.</returns>
    public SettlementOptions AddPolicyPack(PolicyPack pack)
    {
        _packs.Add(pack ?? throw new ArgumentNullException(nameof(pack)));
        return this;
    }

    /// <summary>Gets the integrators' rule classes added to the shipped rules.</summary>
    public IReadOnlyList<Type> Rules => _rules;

    /// <summary>
    /// Adds integrators' rules: classes derived from <see cref="Rules.SettlementRule"/>, each with a stable
    /// <c>[Name]</c>. They join the shipped rules in one rule set, checked when the evaluator is built. The policy
    /// parameters the classes declare (static fields or properties of type <see cref="PolicyParameter"/>) are declared
    /// with them, so packs added after this may set them; give each a default with
    /// <see cref="AddParameter{T}(PolicyParameter{T}, T, LocalizedText, Confidence)"/>, or a pack that sets it wherever
    /// and whenever the rules reading it apply — building the evaluator checks that.
    /// </summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">A type is not a concrete <see cref="Rules.SettlementRule"/> with a public parameterless constructor, or it declares a parameter whose name another parameter already has.</exception>
    public SettlementOptions AddRules(params Type[] ruleTypes)
    {
        if (ruleTypes is null)
        {
            throw new ArgumentNullException(nameof(ruleTypes));
        }

        foreach (var type in ruleTypes)
        {
            if (type is null || type.IsAbstract || !typeof(Rules.SettlementRule).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                throw new ArgumentException($"'{type?.FullName}' is not a concrete SettlementRule with a public parameterless constructor.", nameof(ruleTypes));
            }
        }

        return Atomically(() =>
        {
            foreach (var type in ruleTypes.Distinct().Where(t => !_rules.Contains(t)))
            {
                DeclareParametersOf(type);
                _rules.Add(type);
            }
        });
    }

    /// <summary>
    /// Adds every concrete public <see cref="Rules.SettlementRule"/> class of an assembly, and declares the policy
    /// parameters its public classes declare (see <see cref="AddRules(Type[])"/>).
    /// </summary>
    /// <param name="assembly">The integrator's assembly.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The assembly holds no public rule class, or declares a parameter whose name another parameter already has.</exception>
    public SettlementOptions AddRules(System.Reflection.Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        var types = assembly.GetExportedTypes();
        var rules = types.Where(t => !t.IsAbstract && typeof(Rules.SettlementRule).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        if (rules.Length == 0)
        {
            throw new ArgumentException($"Assembly '{assembly.GetName().Name}' holds no public class derived from SettlementRule.", nameof(assembly));
        }

        return Atomically(() =>
        {
            foreach (var type in types.Except(rules).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                DeclareParametersOf(type);
            }

            AddRules(rules);
        });
    }

    /// <summary>Adds rules and parameters all or nothing: what a failed call declared is taken back.</summary>
    private SettlementOptions Atomically(Action add)
    {
        var (rules, parameters) = (_rules.Count, _parameters.Count);
        try
        {
            add();
            return this;
        }
        catch
        {
            _rules.RemoveRange(rules, _rules.Count - rules);
            _parameters.RemoveRange(parameters, _parameters.Count - parameters);
            throw;
        }
    }

    /// <summary>
    /// Declares, without a default, the parameters a class holds in its static fields and properties. Every member is
    /// read and checked before any is declared; a generic type definition holds none that can be read.
    /// </summary>
    /// <exception cref="ArgumentException">A member cannot be read (its getter or the class's initializer throws), or a parameter's name is another's.</exception>
    private void DeclareParametersOf(Type type)
    {
        if (type.ContainsGenericParameters)
        {
            return;
        }

        const System.Reflection.BindingFlags Static = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly;
        var members = type.GetFields(Static).Where(f => typeof(PolicyParameter).IsAssignableFrom(f.FieldType)).Cast<System.Reflection.MemberInfo>()
            .Concat(type.GetProperties(Static).Where(p => typeof(PolicyParameter).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null));
        var found = new List<PolicyParameter>();
        foreach (var member in members)
        {
            object? value;
            try
            {
                value = member is System.Reflection.FieldInfo field ? field.GetValue(null) : ((System.Reflection.PropertyInfo)member).GetValue(null);
            }
            catch (Exception e) when (e is System.Reflection.TargetInvocationException or TypeInitializationException)
            {
                throw new ArgumentException($"The policy parameter '{type.FullName}.{member.Name}' cannot be read: {(e.InnerException ?? e).GetType().FullName}.", "ruleTypes", e.InnerException ?? e);
            }

            if (value is PolicyParameter parameter && !found.Contains(parameter) && !Declares(parameter, found))
            {
                found.Add(parameter);
            }
        }

        _parameters.AddRange(found.Select(p => (p, (PolicyEntry?)null)));
    }

    /// <summary>Whether this parameter is declared already (shipped, by these options, or among <paramref name="pending"/>); another of its name is refused.</summary>
    private bool Declares(PolicyParameter parameter, IEnumerable<PolicyParameter> pending)
    {
        var same = PolicyParameters.Find(parameter.Name) ?? _parameters.Select(p => p.Parameter).Concat(pending).FirstOrDefault(p => p.Name == parameter.Name);
        return same is null ? false
            : ReferenceEquals(same, parameter) ? true
            : throw new ArgumentException($"Another policy parameter named '{parameter.Name}' is already declared.", "ruleTypes");
    }

    /// <summary>Gets the integrators' declared parameters with their defaults (none where no default was given).</summary>
    internal IReadOnlyList<(PolicyParameter Parameter, PolicyEntry? Default)> Parameters => _parameters;

    private IReadOnlyList<PolicyParameter> Declared => _parameters.Select(p => p.Parameter).ToArray();

    /// <summary>
    /// Declares an integrator's policy parameter (from <see cref="PolicyParameters.Integer(string, PolicyScope, LocalizedText, LocalizedText, string, int, int)"/> or
    /// <see cref="PolicyParameters.Boolean(string, PolicyScope, LocalizedText, string)"/>) with its default, which applies wherever no pack sets it, or gives its
    /// default to a parameter that <see cref="AddRules(Type[])"/> declared. Packs added after this may set it per
    /// region; their rules read it like ours, from <c>Visit.InsuredPolicy</c> or <c>Visit.TreatmentPolicy</c>. Declare
    /// parameters (or add the rules declaring them) before adding the packs that use them.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <param name="defaultValue">The value where no pack sets it.</param>
    /// <param name="source">Where the default comes from, in both languages.</param>
    /// <param name="confidence">How sure the default is.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The parameter is a shipped one, or one of that name was already declared.</exception>
    public SettlementOptions AddParameter<T>(PolicyParameter<T> parameter, T defaultValue, LocalizedText source, Confidence confidence = Confidence.Stated)
    {
        if (parameter is null || source is null)
        {
            throw new ArgumentNullException(parameter is null ? nameof(parameter) : nameof(source));
        }

        var entry = new PolicyEntry(parameter, defaultValue, null, null, source, confidence);
        var declared = _parameters.FindIndex(p => ReferenceEquals(p.Parameter, parameter) && p.Default is null);
        if (declared >= 0)
        {
            _parameters[declared] = (parameter, entry);
            return this;
        }

        if (PolicyParameters.Find(parameter.Name) is not null || _parameters.Any(p => p.Parameter.Name == parameter.Name))
        {
            throw new ArgumentException($"Parameter '{parameter.Name}' is already declared.", nameof(parameter));
        }

        _parameters.Add((parameter, entry));
        return this;
    }
}
