-- The questions a sent reply answers, taken from the message it quotes when
-- someone else wrote it (whole question sentences, at most 300 bytes).
-- Inbound mail is stored as headers only; this is the classifier's one view
-- of what a short reply answers.
ALTER TABLE messages ADD COLUMN answers TEXT NOT NULL DEFAULT '';
