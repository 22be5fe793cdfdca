import Foundation
import MACAKit

/// What Ctrl-D at a terminal asks: one question, whose own Ctrl-D (or a
/// yes) means leave and anything else means stay. It never asks again, so
/// the next answer typed goes to the question that was being asked.
enum Leaving {
    static func confirmed(_ question: String, reader: inout any LineReader, console: Console) -> Bool {
        console.say()
        switch reader.readLine(prompt: console.prompt(question)) {
        case .end:
            console.say()
            return true
        case let .line(answer):
            // Only a yes leaves; anything else stays, and goes back to the question in hand.
            return YesNo.answer(answer, default: false) == true
        }
    }
}
