namespace Portal.Web.Resources;

/// <summary>
/// Marker for the UI strings: <c>SharedResource.resx</c> holds the Japanese text (the default culture),
/// <c>SharedResource.en.resx</c> the English. Keys are "Area.Item" names; message keys from
/// Portal.Domain rule results (e.g. <c>Identifier.MyNumber.CheckDigit</c>) are keys here too.
/// </summary>
public sealed class SharedResource;
