/// Where long library work (adding a large evidence file, fingerprinting) says how far it has got. The library
/// only reports; a front end decides whether and how to show it (the command line: on a terminal, after a moment).
package protocol WorkProgress: AnyObject {
    /// `label` has done `done` of `total` units.
    func update(_ label: String, done: Int, total: Int)
    /// The work is over: clear whatever was shown.
    func finish()
}
