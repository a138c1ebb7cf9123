using System.Globalization;

namespace RulesCore.Settlement.Model;

/// <summary>A range of calendar days, inclusive on both ends; <see cref="Until"/> <see langword="null"/> means open-ended.</summary>
public readonly struct DateRange : IEquatable<DateRange>
{
    /// <summary>Creates a range; times of day are ignored.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="until">The last day, or <see langword="null"/> for open-ended.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public DateRange(DateTime from, DateTime? until)
    {
        if (until is { } end && end.Date < from.Date)
        {
            throw new ArgumentException("The range ends before it starts.", nameof(until));
        }

        From = from.Date;
        Until = until?.Date;
    }

    /// <summary>Gets the first day.</summary>
    public DateTime From { get; }

    /// <summary>Gets the last day, or <see langword="null"/> when open-ended.</summary>
    public DateTime? Until { get; }

    /// <summary>Whether a day lies in the range (both ends included).</summary>
    /// <param name="day">The day; its time of day is ignored.</param>
    /// <returns><see langword="true"/> if <see cref="From"/> ≤ day ≤ <see cref="Until"/>.</returns>
    public bool Contains(DateTime day) => day.Date >= From && (Until is null || day.Date <= Until.Value);

    /// <summary>Whether the range ended before the day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> if <see cref="Until"/> is before the day.</returns>
    public bool EndsBefore(DateTime day) => Until is { } end && end < day.Date;

    /// <summary>Whether the range starts after the day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> if <see cref="From"/> is after the day.</returns>
    public bool StartsAfter(DateTime day) => From > day.Date;

    /// <inheritdoc />
    public bool Equals(DateRange other) => From == other.From && Until == other.Until;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((From.GetHashCode() * 397) ^ Until.GetHashCode());

    /// <summary>Formats as <c>yyyy-MM-dd..yyyy-MM-dd</c> (open end: <c>..</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + (Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Compares two ranges.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Compares two ranges.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);
}
