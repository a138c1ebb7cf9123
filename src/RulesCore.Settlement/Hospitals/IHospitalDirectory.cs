using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// A hospital directory: hospitals with their region, level and the cross-region services they have opened — what
/// integrators load from the national networked-hospital list. Implementations are immutable and thread-safe.
/// </summary>
public interface IHospitalDirectory
{
    /// <summary>Gets how many hospitals the directory holds.</summary>
    int Count { get; }

    /// <summary>Gets every hospital, ordered by id (ordinal).</summary>
    IReadOnlyList<DirectoryHospital> Hospitals { get; }

    /// <summary>Finds a hospital by its id (ordinal).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The hospital, or <see langword="null"/> when the directory has none with that id.</returns>
    DirectoryHospital? Find(string id);

    /// <summary>
    /// Gets the hospitals that lie in <paramref name="area"/> (<see cref="RegionCode.Contains"/>): a province's
    /// hospitals for a province code (<c>310000</c>), a city's for a city code (<c>420100</c>), and for any other code
    /// (a district, a county-level city such as <c>429004</c>) the hospitals with exactly that code. Ordered by id
    /// (ordinal); costs in proportion to the hospitals returned, not to the directory.
    /// </summary>
    /// <param name="area">The area, e.g. a pooling region.</param>
    /// <returns>The hospitals in the area, by id; empty when there are none.</returns>
    /// <exception cref="ArgumentException"><paramref name="area"/> is not specified.</exception>
    IReadOnlyList<DirectoryHospital> InArea(RegionCode area);
}
