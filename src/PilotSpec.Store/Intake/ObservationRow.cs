namespace PilotSpec.Store.Intake;

/// <summary>One observation as a file states it, before any check: where it is, and its four fields as text.</summary>
public sealed record ObservationRow(string File, long Line, string Indicator, string Site, string Date, string Value);

/// <summary>A row that was not taken, with where it is and why: never skipped without a word.</summary>
public sealed record RefusedRow(string File, long Line, RowProblem Problem, string Detail)
{
    /// <summary>For a value out of range, the values the indicator can take (`0 to 100`); null otherwise.</summary>
    public string? Allowed { get; init; }
}

/// <summary>Why a row of an observation file was refused.</summary>
public enum RowProblem
{
    /// <summary>The file does not start with the header <c>indicator,site,date,value</c>.</summary>
    BadHeader,

    /// <summary>The row does not have the four fields.</summary>
    WrongFieldCount,

    /// <summary>The file is not UTF-8 from this line on (saved as GBK or Latin-1): nothing after it is read.</summary>
    NotUtf8,

    /// <summary>A line of a monitor's journal is not a journal record, or fails its checksum.</summary>
    MalformedJournalLine,

    /// <summary>The spec has no indicator of that name.</summary>
    UnknownIndicator,

    /// <summary>The spec has no site of that name.</summary>
    UnknownSite,

    /// <summary>The date is not <c>YYYY-MM-DD</c>, or not a day of the calendar.</summary>
    BadDate,

    /// <summary>The value is not a number.</summary>
    BadValue,

    /// <summary>The value cannot be one of the indicator's (a percentage outside 0–100).</summary>
    OutOfRange,

    /// <summary>The value is outside the range the spec gives the indicator (<c>range: 0, 100</c>).</summary>
    OutsideRange,

    /// <summary>The date is after today: a figure cannot be measured before its day.</summary>
    FutureDate,

    /// <summary>The indicator is computed from others (<c>formula:</c>) and cannot be observed.</summary>
    Computed,
}
