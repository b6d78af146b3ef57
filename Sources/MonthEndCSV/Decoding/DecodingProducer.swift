import MonthEndCore

/// The decoding thread of a `DecodingPipeline`: one pass over the file that does what the
/// sequential reader's two passes do (SHA-256, UTF-8 validation and the encoding decision, then
/// decoding), sniffs the delimiter and tokenizes (`RecordBatcher`), and hands record batches over
/// in order: the records of the same chunks the sequential decoder makes.
///
/// The encoding is decided as `FileSurvey` decides it. A file without a byte-order mark is read as
/// UTF-8 while it validates; at its first invalid byte it is either damaged UTF-8 (an error) or
/// GB18030, read from the start again: by this thread if it has handed nothing over yet, by the
/// reader's caller (`EncodingRestart`) otherwise.
struct DecodingProducer: Sendable {
    let source: ByteSource
    let name: String
    let chunkSize: Int
    let delimiter: UInt8?
    let handOff: BatchHandOff

    /// Why the reading loop stopped short of the decoder's end.
    private enum SurveyStop: Error {
        /// Not UTF-8 at this offset, and the encoding was never going to be anything else.
        case invalidUTF8(offset: Int)
        /// Not UTF-8, and too little valid UTF-8 before it to call the file damaged: GB18030.
        case notUTF8
    }

    /// What the reading loop has seen: hashed and (while the encoding may be UTF-8) validated.
    private final class Survey {
        let digest = SHA256Digest()
        var validator = UTF8Validator()
        var validating: Bool
        var byteCount = 0
        /// A byte-order mark said UTF-8: an invalid byte is an error whatever came before it.
        let markedUTF8: Bool

        init(validating: Bool, markedUTF8: Bool) {
            self.validating = validating
            self.markedUTF8 = markedUTF8
        }

        func take(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            digest.update(bytes)
            if validating {
                validator.feed(bytes, at: byteCount)
                try check()
            }
            byteCount += bytes.count
        }

        func finish() throws {
            if validating {
                validator.finish()
                try check()
            }
        }

        private func check() throws {
            guard let offset = validator.firstInvalidOffset else { return }
            if markedUTF8 || validator.multibyteSequences >= FileSurvey.damagedUTF8Evidence {
                throw SurveyStop.invalidUTF8(offset: offset)
            }
            throw SurveyStop.notUTF8
        }
    }

    func run() {
        var decided: TextEncoding?
        while let again = attempt(decided: decided) { decided = again }
    }

    /// Reads the file once; returns the encoding to read it with again, or nil when done.
    private func attempt(decided: TextEncoding?) -> TextEncoding? {
        let batcher = RecordBatcher(handOff: handOff, delimiter: delimiter)
        var encoding = decided ?? .utf8
        do {
            if decided == nil { encoding = Self.encodingByMark(try head()) }
            let survey = Survey(
                validating: encoding == .utf8 || encoding == .utf8BOM, markedUTF8: encoding == .utf8BOM)
            let raw = try source.open(chunkSize: chunkSize, displayName: name)
            // Every raw chunk goes through the survey as it is read, so none is decoded before it
            // has been validated.
            raw.inspect = { try survey.take($0) }
            let decoder = Self.decoder(for: encoding, reading: raw)
            // Once the delimiter is known, UTF-8 is read and GB18030 decoded straight into the batches.
            let direct = decoder as? DecodingIntoBuffer
            do {
                reading: while true {
                    if let direct, !batcher.isSniffing {
                        switch try batcher.takeRead(capacity: direct.maximumChunk, direct.decode(into:)) {
                        case .batch: continue
                        case .endOfInput: break reading
                        case .readerGone: return nil
                        }
                    }
                    guard try decoder.advance() else { break }
                    guard batcher.take(decoder.chunk) else { return nil }
                }
            } catch let failure as DecodingFailure {
                // The sequential reader's first pass would have read the whole file before this.
                while !handOff.isCancelled, try raw.read() {}
                handOff.publish(
                    .decodeFailure(
                        CSVFileReader.undecodable(
                            failure, encoding: encoding, source: source, chunkSize: chunkSize, name: name)))
                return nil
            }
            try survey.finish()
            if survey.byteCount <= encoding.byteOrderMarkLength {
                handOff.publish(.surveyFailure(CSVFileReader.emptyFileError(byteCount: survey.byteCount, name: name)))
                return nil
            }
            guard batcher.finish() else { return nil }
            handOff.publish(
                .end(
                    DecodingPipeline.Facts(
                        sha256: survey.digest.finalHex(), byteCount: survey.byteCount, encoding: encoding)))
        } catch SurveyStop.notUTF8 {
            if !batcher.hasPublished { return .gb18030 }
            handOff.publish(.restart)
        } catch SurveyStop.invalidUTF8(let offset) {
            let bytes = (try? FileSurvey.bytes(at: offset, in: source, chunkSize: chunkSize, displayName: name)) ?? []
            handOff.publish(
                .surveyFailure(
                    CSVFileReader.undecodable(
                        DecodingFailure(offset: offset, bytes: bytes), encoding: encoding, source: source,
                        chunkSize: chunkSize, name: name)))
        } catch let error as MonthEndError {
            handOff.publish(.surveyFailure(error))
        } catch {
            handOff.publish(.surveyFailure(MonthEndError(.unreadableFile, "cannot read file: \(error)", path: name)))
        }
        return nil
    }

    /// Up to the first three bytes of the file.
    private func head() throws -> [UInt8] {
        let reader = try source.open(chunkSize: 3, displayName: name)
        return try reader.read() ? Array(reader.chunk) : []
    }

    /// As `FileSurvey`: a byte-order mark decides; otherwise UTF-8 until a byte says otherwise.
    private static func encodingByMark(_ head: [UInt8]) -> TextEncoding {
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if head.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return .utf8
    }

    static func decoder(for encoding: TextEncoding, reading reader: ChunkReader) -> DecodedChunkSource {
        let bomLength = encoding.byteOrderMarkLength
        switch encoding {
        case .utf8, .utf8BOM: return UTF8PassThrough(reader: reader, skipping: bomLength)
        case .gb18030: return GB18030Transcoder(reader: reader)
        case .utf16LE: return UTF16Transcoder(reader: reader, bigEndian: false, skipping: bomLength)
        case .utf16BE: return UTF16Transcoder(reader: reader, bigEndian: true, skipping: bomLength)
        }
    }
}
