-- The roles and grants `npm start` creates through provisionDatabase()
-- (libs/platform/database/src/provisioning.ts), for the container setup. Keep in step.
CREATE ROLE onrecord_owner LOGIN PASSWORD 'owner-password';
CREATE ROLE onrecord_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'app-password';
CREATE DATABASE onrecord OWNER onrecord_owner;
\connect onrecord
REVOKE ALL ON DATABASE onrecord FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE onrecord TO onrecord_app;
ALTER SCHEMA public OWNER TO onrecord_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO onrecord_app;
CREATE SCHEMA bullmq AUTHORIZATION onrecord_owner;
GRANT USAGE ON SCHEMA bullmq TO onrecord_app;
ALTER DEFAULT PRIVILEGES FOR ROLE onrecord_owner GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO onrecord_app;
ALTER DEFAULT PRIVILEGES FOR ROLE onrecord_owner GRANT USAGE, SELECT ON SEQUENCES TO onrecord_app;
ALTER DEFAULT PRIVILEGES FOR ROLE onrecord_owner GRANT EXECUTE ON FUNCTIONS TO onrecord_app;
ALTER DEFAULT PRIVILEGES FOR ROLE onrecord_owner GRANT USAGE ON TYPES TO onrecord_app;
