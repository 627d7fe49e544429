namespace Portal.Infrastructure.Submissions;

/// <summary>The last receipt sequence drawn for one Japan date and one form code (到達番号の採番).</summary>
public sealed class ReceiptCounter
{
    private ReceiptCounter() { KindCode = ""; }

    /// <summary>Japan date as yyyymmdd.</summary>
    public int Day { get; private set; }
    /// <summary>The form's three-character receipt code.</summary>
    public string KindCode { get; private set; }
    /// <summary>The last sequence issued.</summary>
    public int Last { get; private set; }
}
