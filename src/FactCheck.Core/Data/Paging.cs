namespace FactCheck.Data;

/// <summary>The one rule for page numbers from a request: 1 to <see cref="MaxPage"/>, anything else (0, negative, absurd) clamped.</summary>
public static class Paging
{
    public const int MaxPage = 100_000;

    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);

    /// <summary>Rows to skip for a page (computed in 64 bits: no overflow into a negative OFFSET).</summary>
    public static long Skip(int page, int pageSize) => (long)(Clamp(page) - 1) * pageSize;
}
