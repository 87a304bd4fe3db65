using System.Data;
using System.Globalization;
using Dapper;

namespace FactCheck.Data;

/// <summary>
/// Global Dapper settings. Type handlers are process-wide (Dapper#1668), so the timestamp handler accepts every
/// provider's representation: SQLite text, PostgreSQL timestamptz, SQL Server datetime2. All timestamps are UTC.
/// </summary>
public static class DapperSetup
{
    static int _done;

    public static void Run()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new UtcTimestampHandler());
    }

    sealed class UtcTimestampHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            // Npgsql infers timestamptz from a UTC DateTime; SQL Server and SQLite get datetime2 precision.
            if (parameter is not Npgsql.NpgsqlParameter) parameter.DbType = DbType.DateTime2;
            parameter.Value = value.UtcDateTime;
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset dto => dto.ToUniversalTime(),
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => throw new DataException($"cannot read a timestamp from {value.GetType().Name}"),
        };
    }
}
