/// The text form of each answer, as the query commands print it: one line per hop, with dates, counts, grades
/// and [source] references. Kept beside the JSON forms so that every front end (the command line, the server,
/// tests) words an answer the same way.
package enum AnswerText {}
