/// `PinHasher` lives in its own small target so that the street's storage hashes PINs the same way;
/// everything that imports Storage keeps seeing it.
@_exported import PinHashing
