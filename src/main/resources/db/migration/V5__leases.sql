-- Leases for several instances on one store: which instance works on a source or a delivery, and until when
-- (epoch milliseconds). A lease that is not renewed expires, and another instance takes the work over. Portable
-- SQLite/PostgreSQL like V1.

ALTER TABLE sources ADD COLUMN lease_owner VARCHAR(128);
ALTER TABLE sources ADD COLUMN lease_until BIGINT;

ALTER TABLE outbox ADD COLUMN lease_owner VARCHAR(128);
ALTER TABLE outbox ADD COLUMN lease_until BIGINT;
