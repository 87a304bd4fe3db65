using System.Xml.Linq;
using Dapper;
using FactCheck.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace FactCheck.Web;

/// <summary>
/// Data-protection keys in the database (table <c>data_protection_key</c>), so that every web node on one database
/// reads the same keys: a sign-in made on one node is valid on the others, and so are anti-forgery tokens. The key
/// ring is read rarely (at start and when a key nears expiry) and written once per new key (every 90 days by
/// default), so each call opens its own connection. Keys are stored as ASP.NET Core writes them to files (not
/// encrypted at rest; protect the database as you would the key folder).
/// </summary>
public sealed class DatabaseKeyRepository(DbOptions options) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = DbSession.CreateConnection(options.Kind, options.ConnectionString);
        connection.Open();
        return [.. connection.Query<string>("select xml from data_protection_key order by id").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = DbSession.CreateConnection(options.Kind, options.ConnectionString);
        connection.Open();
        // A key is written once under its own name (a GUID); two nodes never write the same one.
        connection.Execute("insert into data_protection_key (friendly_name, xml, created_at) values (@friendlyName, @xml, @now)",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = DateTimeOffset.UtcNow });
    }
}
