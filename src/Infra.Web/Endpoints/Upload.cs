using Infra.Core.Inputs;

namespace Infra.Web.Endpoints;

/// <summary>
/// An uploaded file: the one file of a multipart form, or the raw body. Read into memory (bounded by the upload limit)
/// because the readers work synchronously and Kestrel forbids synchronous body reads.
/// </summary>
internal static class Upload
{
    /// <summary>The file name and content, or a problem (413 above the limit, 400 for a form without exactly one file).</summary>
    public static async Task<(string Name, MemoryStream? Content, IResult? Problem)> ReadAsync(
        HttpContext http, WebSettings settings, string rawName, CancellationToken ct)
    {
        if (http.Request.ContentLength > settings.MaxUploadBytes)
        {
            return (rawName, null, Results.Problem(Problems.TooLarge(settings.MaxUploadBytes)));
        }

        var content = new MemoryStream();
        var name = rawName;
        if (http.Request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(ct);
            }
            catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
            {
                await content.DisposeAsync();
                throw new InputException(new InputError("(multipart)", null, null, "file",
                    "multipart/form-data ist fehlerhaft (Grenze, Kopfzeilen oder Ende des Formulars)"));
            }

            if (form.Files.Count != 1)
            {
                await content.DisposeAsync();
                return (rawName, null, Problems.BadRequest("multipart/form-data: genau eine Datei erwartet"));
            }

            // A blank or path-only name in the form keeps the default name (the report readers need one).
            name = string.IsNullOrWhiteSpace(Path.GetFileName(form.Files[0].FileName)) ? rawName : form.Files[0].FileName;
            await form.Files[0].CopyToAsync(content, ct);
        }
        else
        {
            await http.Request.Body.CopyToAsync(content, ct);
        }

        content.Position = 0;
        return (name, content, null);
    }
}
