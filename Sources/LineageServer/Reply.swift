import Foundation
import HTTPTypes
import Hummingbird
import LineageAnswers

/// The responses the server sends, each with its content type.
enum Reply {
    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        body(data, status: status, type: "application/json; charset=utf-8")
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(text.utf8), status: status, type: "text/html; charset=utf-8")
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(text.utf8), status: status, type: type)
    }

    static func body(_ data: Data, status: HTTPResponse.Status = .ok, type: String) -> Response {
        Response(
            status: status, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `{"error": "message"}`, encoded as every answer is.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        let data = (try? AnswerJSON.encode(["error": message])) ?? Data()
        return json(data + Data("\n".utf8), status: status)
    }
}
