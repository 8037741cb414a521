import HTTPTypes
import Hummingbird

/// What every request passes through: refused unless its `Host` names this server (DNS rebinding), and every
/// response, errors included, sent with headers that keep the page from running anything but its own script.
struct GuardMiddleware<Context: RequestContext>: RouterMiddleware {
    let address: BoundAddress

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        if !address.accepts(host: request.head.authority) {
            response = Reply.error(
                .forbidden,
                "refused: this server answers only to http://127.0.0.1:\(address.port)/ and localhost, "
                    + "not to the Host '\(request.head.authority ?? "")'")
        } else {
            do {
                response = try await next(request, context)
            } catch let error as any HTTPResponseError {
                response = try error.response(from: request, context: context)
            }
        }
        response.headers[.contentSecurityPolicy] = SecurityHeaders.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// The headers every response carries.
enum SecurityHeaders {
    /// Scripts only from `/assets/app.js`, styles only from `/assets/app.css`, no plugins, no framing, forms and
    /// requests only to this server. No `unsafe-inline`: a name from the evidence that slipped through escaping
    /// still could not run.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
}
