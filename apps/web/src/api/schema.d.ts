/**
 * Generated from the API's OpenAPI document by `npm run generate:api`: do not edit.
 * Change the response classes and controller decorators on the server, then run it again.
 */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_checkInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MeController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_reinvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{id}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_shareEngagement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_timeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_campaignProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/campaigns/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_campaignReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/top-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_topContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/top-advocates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_topAdvocates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AnalyticsController_updateSettings"];
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AnalyticsController_listKeys"];
        put?: never;
        post: operations["AnalyticsController_createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AnalyticsController_revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AnalyticsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TeamsController_list"];
        put?: never;
        post: operations["TeamsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["TeamsController_update"];
        trace?: never;
    };
    "/api/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrganizationController_update"];
        trace?: never;
    };
    "/api/v1/organization/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ChatIntegrationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/integrations/{service}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ChatIntegrationsController_put"];
        post?: never;
        delete: operations["ChatIntegrationsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_getPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MailController_updatePreferences"];
        trace?: never;
    };
    "/api/v1/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_describeUnsubscribe"];
        put?: never;
        post: operations["MailController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sent-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_listSentMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sent-mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailController_getSentMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostsController_list"];
        put?: never;
        post: operations["PostsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PostsController_update"];
        trace?: never;
    };
    "/api/v1/posts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/link-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PostsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostsController_listCampaigns"];
        put?: never;
        post: operations["PostsController_createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_getFeedTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/{postId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_getFeedItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_list"];
        put?: never;
        post: operations["SharesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SharesController_edit"];
        trace?: never;
    };
    "/api/v1/shares/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SharesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SharesController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shares/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SharesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_reviewQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{shareId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SharesController_approveReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{shareId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SharesController_rejectReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_auditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SharesController_auditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_listRules"];
        put?: never;
        post: operations["ComplianceController_createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ComplianceController_deleteRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_policyHistory"];
        put?: never;
        post: operations["ComplianceController_publishPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ComplianceController_currentPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/current/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ComplianceController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConnectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/linkedin/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConnectionsController_authorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/linkedin/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConnectionsController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ConnectionsController_disconnect"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MetaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready, with the mode this installation runs in (503 naming what is down) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is running */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Redis (when configured) answer; 503 naming what is down */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaderboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GamificationController_leaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GamificationController_myPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GamificationController_myBadges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GamificationController_getRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["GamificationController_updateRules"];
        trace?: never;
    };
    "/api/v1/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GamificationController_listContests"];
        put?: never;
        post: operations["GamificationController_createContest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GamificationController_getContest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardsController_list"];
        put?: never;
        post: operations["RewardsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RewardsController_update"];
        trace?: never;
    };
    "/api/v1/rewards/{id}/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RewardsController_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardsController_listForAdmin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RewardsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RewardsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorDetail: {
            /**
             * @description The field's path in the request, as in the sentence (e.g. weeklySlots.0.time); absent when the problem is not about one field
             * @example pointsMultiplier
             */
            field?: string;
            /**
             * @description The stable code of the problem (libs/messages); validation rules are validation.<rule>
             * @example validation.max
             */
            code: string;
            /**
             * @description The problem's parameters: the field and the rule's arguments
             * @example {
             *       "field": "pointsMultiplier",
             *       "max": 10
             *     }
             */
            params: {
                [key: string]: string | number;
            };
            /** @example pointsMultiplier must not be greater than 10 */
            message: string;
        };
        ErrorResponse: {
            /** @example 400 */
            statusCode: number;
            /** @example Bad Request */
            error: string;
            /**
             * @description Sentences for a person: one, or one per problem (e.g. each invalid field)
             * @example [
             *       "email must be an email address"
             *     ]
             */
            message: string | string[];
            /** @description On 5xx answers: quote it to support; the server logged it with the details. */
            errorId?: string;
            /**
             * @description The stable code of the message (libs/messages), which the web app translates
             * @example error.notFound
             */
            code?: string;
            /** @description The message's parameters, to fill the translated sentence */
            params?: {
                [key: string]: string | number;
            };
            /** @description The problems one by one, each with its code and, when it is about one, its field: every invalid field of a validation error (the same sentences as `message`), or each rule that blocks an approval */
            errors?: components["schemas"]["ErrorDetail"][];
        };
        SignInDto: {
            /** @example ana@demo.chorus */
            email: string;
            /** @example chorus-demo */
            password: string;
        };
        /** @enum {string} */
        Role: "employee" | "curator" | "manager" | "reviewer" | "admin";
        TeamRef: {
            id: string;
            name: string;
        };
        /** @enum {string} */
        UserStatus: "invited" | "active" | "deactivated";
        WeeklySlotResponse: {
            /** @description ISO weekday: 1 = Monday … 7 = Sunday */
            weekday: number;
            /**
             * @description In the user's own timezone
             * @example 09:00
             */
            time: string;
        };
        MeOrganization: {
            id: string;
            name: string;
            timezone: string;
            /** @description Whether employees may read the organisation and team leaderboards (not only their own rank) */
            employeesSeeLeaderboard: boolean;
        };
        MeResponse: {
            id: string;
            email: string;
            name: string;
            roles: components["schemas"]["Role"][];
            teams: components["schemas"]["TeamRef"][];
            status: components["schemas"]["UserStatus"];
            /** @example Asia/Jakarta */
            timezone: string;
            /** @example en */
            locale: string;
            leaderboardOptOut: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deactivatedAt: string | null;
            weeklySlots: components["schemas"]["WeeklySlotResponse"][];
            organization: components["schemas"]["MeOrganization"];
        };
        SignInResponse: {
            accessToken: string;
            /** Format: date-time */
            accessTokenExpiresAt: string;
            refreshToken: string;
            user: components["schemas"]["MeResponse"];
        };
        RefreshDto: {
            /** @description Not needed when the refresh cookie is sent. */
            refreshToken?: string;
        };
        InviteResponse: {
            name: string;
            email: string;
            organizationName: string;
            /** Format: date-time */
            expiresAt: string;
        };
        AcceptInviteDto: {
            token: string;
            password: string;
        };
        ForgotPasswordDto: {
            /** @example ana@demo.chorus */
            email: string;
        };
        ForgotPasswordResponse: {
            /** @example password.reset.requested */
            code: string;
            /**
             * @example {
             *       "minutes": 60
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /** @example If an account uses this address, a link to choose a new password is on its way; it works once, for 60 minutes. */
            message: string;
        };
        ResetPasswordDto: {
            token: string;
            password: string;
        };
        WeeklySlotDto: {
            /** @description ISO weekday: 1 = Monday … 7 = Sunday */
            weekday: number;
            /** @example 09:00 */
            time: string;
        };
        UpdateMeDto: {
            name?: string;
            /** @example Asia/Jakarta */
            timezone?: string;
            /** @enum {string} */
            locale?: "en" | "id";
            leaderboardOptOut?: boolean;
            weeklySlots?: components["schemas"]["WeeklySlotDto"][];
        };
        NotificationResponse: {
            id: string;
            /** @example share.published */
            kind: string;
            /** @description Message code: translate `<code>.title` and `<code>.body`; null on old notifications */
            code: string | null;
            params: {
                [key: string]: string | number;
            };
            /** @description The English title, for clients that do not translate */
            title: string;
            body: string;
            /** @description A path in the web app, or an https link to the network */
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationListResponse: {
            items: components["schemas"]["NotificationResponse"][];
            unreadCount: number;
            /** @description Pass as `cursor` for the next (older) page; null on the last page */
            nextCursor: string | null;
        };
        MarkedReadResponse: {
            /** @description How many notifications were marked read */
            marked: number;
        };
        UserResponse: {
            id: string;
            email: string;
            name: string;
            roles: components["schemas"]["Role"][];
            teams: components["schemas"]["TeamRef"][];
            status: components["schemas"]["UserStatus"];
            /** @example Asia/Jakarta */
            timezone: string;
            /** @example en */
            locale: string;
            leaderboardOptOut: boolean;
            leaderboardExcluded: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deactivatedAt: string | null;
        };
        CreateUserDto: {
            /** @example dewi@example.co.id */
            email: string;
            /** @example Dewi Anggraini */
            name: string;
            /**
             * @example [
             *       "employee"
             *     ]
             */
            roles: ("employee" | "curator" | "manager" | "reviewer" | "admin")[];
            teamIds?: string[];
            /** @example Asia/Jakarta */
            timezone?: string;
            /** @enum {string} */
            locale?: "en" | "id";
        };
        CreatedUser: {
            user: components["schemas"]["UserResponse"];
            /** @description Shown once to the admin; only its hash is stored. */
            inviteUrl: string;
            /** Format: date-time */
            inviteExpiresAt: string;
        };
        ImportUsersDto: {
            /**
             * @description CSV with a header row: email,name,roles,teams,timezone,manages. roles and teams are separated by ";". At most 2 MB, 10,000 users, 32 columns and 1,000 characters a cell.
             * @example email,name,roles,teams
             *     dewi@example.co.id,Dewi,employee,Sales
             */
            csv: string;
        };
        ImportedUser: {
            email: string;
            inviteUrl: string;
        };
        ImportResult: {
            created: number;
            teamsCreated: string[];
            users: components["schemas"]["ImportedUser"][];
        };
        ImportRowError: {
            /** @description The line in the file, header being line 1, as a spreadsheet shows it. */
            row: number;
            field: string;
            message: string;
            /**
             * @description The stable code of the problem (libs/messages), which the web app translates
             * @example import.notEmail
             */
            code: string;
            /** @description The problem's parameters, to fill the translated sentence */
            params: {
                [key: string]: string | number;
            };
        };
        ImportFailedResponse: {
            /** @example 400 */
            statusCode: number;
            /** @example Bad Request */
            error: string;
            /**
             * @description Sentences for a person: one, or one per problem (e.g. each invalid field)
             * @example [
             *       "email must be an email address"
             *     ]
             */
            message: string | string[];
            /** @description On 5xx answers: quote it to support; the server logged it with the details. */
            errorId?: string;
            /**
             * @description The stable code of the message (libs/messages), which the web app translates
             * @example error.notFound
             */
            code?: string;
            /** @description The message's parameters, to fill the translated sentence */
            params?: {
                [key: string]: string | number;
            };
            /** @description The problems one by one, each with its code and, when it is about one, its field: every invalid field of a validation error (the same sentences as `message`), or each rule that blocks an approval */
            errors?: components["schemas"]["ErrorDetail"][];
            rows: components["schemas"]["ImportRowError"][];
            /** @description How many problems there are in all; `rows` lists at most the first 50 */
            problemCount: number;
        };
        UpdateUserDto: {
            name?: string;
            roles?: ("employee" | "curator" | "manager" | "reviewer" | "admin")[];
            teamIds?: string[];
            /** @description Keep this user off every leaderboard. */
            leaderboardExcluded?: boolean;
        };
        SeriesDay: {
            /** @description Shares published in the range */
            shares: number;
            /** @description Different people among them */
            sharers: number;
            /** @description Counted visits of tracked links in the range (no bots, previews, or repeats within 30 minutes) */
            clicks: number;
            /** @description Impressions gained in the range, where the network reports them */
            impressions: number;
            reactions: number;
            comments: number;
            reshares: number;
            /** @description Leads, sign-ups and applications the organisation’s site reported */
            conversions: number;
            /**
             * @description A day in the organisation's timezone
             * @example 2026-11-30
             */
            day: string;
        };
        MyAnalyticsResponse: {
            /** @description Shares published in the range */
            shares: number;
            /** @description Different people among them */
            sharers: number;
            /** @description Counted visits of tracked links in the range (no bots, previews, or repeats within 30 minutes) */
            clicks: number;
            /** @description Impressions gained in the range, where the network reports them */
            impressions: number;
            reactions: number;
            comments: number;
            reshares: number;
            /** @description Leads, sign-ups and applications the organisation’s site reported */
            conversions: number;
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
            /** @description Points earned in the range */
            points: number;
            /** @description True when some figure in the range comes from the demo organisation's sample history (shares that never reached a network) */
            demoData: boolean;
            series: components["schemas"]["SeriesDay"][];
        };
        ShareEngagementResponse: {
            shareId: string;
            /**
             * Format: date-time
             * @description When the network was last read; null when not read yet
             */
            readAt: string | null;
            /** @description From the latest read; null when not read yet */
            reactions: number | null;
            comments: number | null;
            reshares: number | null;
            /** @description Null when not read yet or the network does not tell */
            impressions: number | null;
            /** @description Counted visits of its tracked link, all time (no bots, previews, or repeats within 30 minutes) */
            clicks: number;
        };
        MoneyParts: {
            impressions: number;
            clicks: number;
            reactions: number;
            comments: number;
            reshares: number;
        };
        EarnedMediaValueResponse: {
            /** @description In the currency, rounded to hundredths */
            amount: number;
            /** @example IDR */
            currency: string;
            /** @description What each kind of reach contributes, so the amount can be checked */
            parts: components["schemas"]["MoneyParts"];
        };
        AnalyticsSettingsResponse: {
            /** @example IDR */
            currency: string;
            /** @description Value of 1,000 impressions, in hundredths */
            cpmMinor: number;
            /** @description Value of one click, in hundredths */
            cpcMinor: number;
            perReactionMinor: number;
            perCommentMinor: number;
            perReshareMinor: number;
            /** @description False while the organisation uses the defaults (no admin set its own values yet) */
            customised: boolean;
        };
        SummaryResponse: {
            /** @description Shares published in the range */
            shares: number;
            /** @description Different people among them */
            sharers: number;
            /** @description Counted visits of tracked links in the range (no bots, previews, or repeats within 30 minutes) */
            clicks: number;
            /** @description Impressions gained in the range, where the network reports them */
            impressions: number;
            reactions: number;
            comments: number;
            reshares: number;
            /** @description Leads, sign-ups and applications the organisation’s site reported */
            conversions: number;
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
            /** @example Asia/Jakarta */
            timezone: string;
            /** @description Active employees in scope, who could share */
            activeEmployees: number;
            /** @description sharers ÷ activeEmployees */
            participation: number | null;
            /** @description clicks ÷ impressions, where impressions are known */
            clickThrough: number | null;
            /** @description conversions ÷ clicks */
            conversionRate: number | null;
            emv: components["schemas"]["EarnedMediaValueResponse"];
            /** @description The rates the value was computed with */
            rates: components["schemas"]["AnalyticsSettingsResponse"];
            /** @description True when some figure in the range comes from the demo organisation's sample history (shares that never reached a network) */
            demoData: boolean;
            series: components["schemas"]["SeriesDay"][];
        };
        TimeseriesPoint: {
            /** @example 2026-11-30 */
            day: string;
            value: number;
        };
        TimeseriesResponse: {
            /** @enum {string} */
            metric: "shares" | "sharers" | "clicks" | "impressions" | "reactions" | "comments" | "reshares" | "conversions" | "emv";
            points: components["schemas"]["TimeseriesPoint"][];
        };
        CampaignProgressResponse: {
            campaignId: string;
            name: string;
            /** @enum {string} */
            objective: "awareness" | "traffic" | "leads" | "hiring";
            /**
             * @description What is counted: impressions, clicks, lead and sign-up conversions, or application conversions
             * @enum {string}
             */
            measure: "impressions" | "clicks" | "leads" | "applications";
            target: number;
            /** @description Counted so far, over the campaign’s days up to today */
            achieved: number;
            /** @description achieved ÷ target (may pass 1) */
            progress: number;
            /**
             * @description First day counted, in the organisation's timezone
             * @example 2026-11-01
             */
            from: string;
            /**
             * @description Last day counted
             * @example 2026-12-02
             */
            to: string;
        };
        CampaignResponse: {
            id: string;
            name: string;
            /** @example marketing */
            goal: string | null;
            /**
             * @description What the target counts
             * @enum {string|null}
             */
            objective: "awareness" | "traffic" | "leads" | "hiring" | null;
            target: number | null;
            /** Format: date-time */
            startsAt: string | null;
            /** Format: date-time */
            endsAt: string | null;
            /** @example 1.5 */
            pointsMultiplier: number;
            /** Format: date-time */
            createdAt: string;
        };
        TopContentItem: {
            /** @description Shares published in the range */
            shares: number;
            /** @description Different people among them */
            sharers: number;
            /** @description Counted visits of tracked links in the range (no bots, previews, or repeats within 30 minutes) */
            clicks: number;
            /** @description Impressions gained in the range, where the network reports them */
            impressions: number;
            reactions: number;
            comments: number;
            reshares: number;
            /** @description Leads, sign-ups and applications the organisation’s site reported */
            conversions: number;
            postId: string;
            title: string;
        };
        TopAdvocateItem: {
            /** @description Shares published in the range */
            shares: number;
            /** @description Different people among them */
            sharers: number;
            /** @description Counted visits of tracked links in the range (no bots, previews, or repeats within 30 minutes) */
            clicks: number;
            /** @description Impressions gained in the range, where the network reports them */
            impressions: number;
            reactions: number;
            comments: number;
            reshares: number;
            /** @description Leads, sign-ups and applications the organisation’s site reported */
            conversions: number;
            userId: string;
            name: string;
        };
        CampaignReportResponse: {
            campaign: components["schemas"]["CampaignResponse"];
            /** @description Over the campaign’s days up to today; null when it has no objective and target */
            progress: components["schemas"]["CampaignProgressResponse"] | null;
            /** @description Over the report’s days: the campaign’s own (from its start, or creation, to its end or today) unless from or to was given */
            summary: components["schemas"]["SummaryResponse"];
            /** @description Its posts, most clicks first */
            topContent: components["schemas"]["TopContentItem"][];
            /** @description People who opted out of leaderboards are not listed */
            topAdvocates: components["schemas"]["TopAdvocateItem"][];
        };
        UpdateAnalyticsSettingsDto: {
            /**
             * @description ISO 4217 code
             * @example IDR
             */
            currency?: string;
            /** @description Value of 1,000 impressions, in hundredths */
            cpmMinor?: number;
            /** @description Value of one click, in hundredths */
            cpcMinor?: number;
            /** @description Value of one reaction, in hundredths */
            perReactionMinor?: number;
            /** @description Value of one comment, in hundredths */
            perCommentMinor?: number;
            /** @description Value of one reshare, in hundredths */
            perReshareMinor?: number;
        };
        ApiKeyResponse: {
            id: string;
            name: string;
            /**
             * @description The start of the key, to tell keys apart
             * @example chk_Ab3d
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
        };
        CreateApiKeyDto: {
            /** @example Careers site */
            name: string;
        };
        CreatedApiKeyResponse: {
            id: string;
            name: string;
            /**
             * @description The start of the key, to tell keys apart
             * @example chk_Ab3d
             */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @description The whole key. Shown this once: Chorus keeps only its hash */
            secret: string;
        };
        ReportConversionDto: {
            /**
             * @description The utm_content the visitor arrived with: the share’s tracked-link code
             * @example Ab3dE5gH9k
             */
            shareCode: string;
            /** @enum {string} */
            kind: "lead" | "signup" | "application";
            /**
             * @description In the organisation's currency
             * @example 150.5
             */
            value?: number;
            /**
             * @description Your id for this conversion; sending it again reports nothing new
             * @example lead-2026-12-02-00042
             */
            idempotencyKey: string;
        };
        ConversionResponse: {
            id: string;
            shareId: string;
            /** @enum {string} */
            kind: "lead" | "signup" | "application";
            value: number | null;
            idempotencyKey: string;
            /** Format: date-time */
            createdAt: string;
        };
        TeamResponse: {
            id: string;
            name: string;
            managerId: string | null;
            /** @description Given when the team was just created (0) */
            memberCount?: number;
        };
        CreateTeamDto: {
            /** @example Sales */
            name: string;
            managerId?: string;
        };
        UpdateTeamDto: {
            name?: string;
            /** @description null: the team has no manager */
            managerId?: string | null;
        };
        /** @enum {string} */
        DisclosureMode: "append" | "require";
        OrganizationResponse: {
            id: string;
            name: string;
            slug: string;
            timezone: string;
            dailyShareLimit: number;
            requiredDisclosure: string | null;
            disclosureMode: components["schemas"]["DisclosureMode"];
            employeesSeeLeaderboard: boolean;
        };
        UpdateOrganizationDto: {
            name?: string;
            /** @example Asia/Jakarta */
            timezone?: string;
            dailyShareLimit?: number;
            /**
             * @description null or empty: no disclosure
             * @example #employee
             */
            requiredDisclosure?: string | null;
            /** @enum {string} */
            disclosureMode?: "append" | "require";
            employeesSeeLeaderboard?: boolean;
        };
        /** @enum {string} */
        ChatService: "slack" | "teams";
        /** @enum {string} */
        ChatWebhookStatus: "active" | "disabled";
        ChatWebhookResponse: {
            id: string;
            service: components["schemas"]["ChatService"];
            /** @description The team whose channel this is; null for the organisation's */
            teamId: string | null;
            /**
             * @description Scheme, host and the last characters only: the full URL is never returned
             * @example https://hooks.slack.com/…en42
             */
            maskedUrl: string;
            status: components["schemas"]["ChatWebhookStatus"];
            /** @description Why deliveries stopped (set when status is disabled) */
            disabledReason: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PutChatWebhookDto: {
            /** @description The incoming webhook URL of the channel (Slack: https://hooks.slack.com/services/…; Teams: a workflow webhook URL) */
            webhookUrl: string;
            /** @description A team's own channel; without it, the organisation's channel */
            teamId?: string;
        };
        NotificationPreferencesResponse: {
            /** @description How each kind reaches you: in the app only (off), by mail at once (instant), or in the daily or weekly digest */
            deliveries: {
                /** @enum {string} */
                welcome: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "content.featured": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.published": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.failed": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.needsReconnect": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.expired": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "connection.expiring": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "connection.expired": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "connection.reconnected": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "review.requested": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "review.decided": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "redemption.decided": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "contest.started": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "contest.won": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "policy.published": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "integration.disabled": "off" | "instant" | "daily" | "weekly";
            };
            /** @description What each kind does unless you choose otherwise */
            defaults: {
                /** @enum {string} */
                welcome: "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "content.featured": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.published": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.failed": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.needsReconnect": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "share.expired": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "connection.expiring": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "connection.expired": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "connection.reconnected": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "review.requested": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "review.decided": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "redemption.decided": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "contest.started": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "contest.won": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "policy.published": "off" | "instant" | "daily" | "weekly";
                /** @enum {string} */
                "integration.disabled": "off" | "instant" | "daily" | "weekly";
            };
            /** @description ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday */
            weeklyDigestDay: number;
            /** @description The local hour at which digests go out */
            digestHour: number;
            /** @description False when no SMTP server is set: mails are kept for the admins’ "Sent mail" page instead of sent */
            mailSent: boolean;
        };
        UpdateNotificationPreferencesDto: {
            /** @description ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday */
            weeklyDigestDay?: number;
            /**
             * @description How "welcome" reaches you
             * @enum {string}
             */
            welcome?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "content.featured" reaches you
             * @enum {string}
             */
            "content.featured"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "share.published" reaches you
             * @enum {string}
             */
            "share.published"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "share.failed" reaches you
             * @enum {string}
             */
            "share.failed"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "share.needsReconnect" reaches you
             * @enum {string}
             */
            "share.needsReconnect"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "share.expired" reaches you
             * @enum {string}
             */
            "share.expired"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "connection.expiring" reaches you
             * @enum {string}
             */
            "connection.expiring"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "connection.expired" reaches you
             * @enum {string}
             */
            "connection.expired"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "connection.reconnected" reaches you
             * @enum {string}
             */
            "connection.reconnected"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "review.requested" reaches you
             * @enum {string}
             */
            "review.requested"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "review.decided" reaches you
             * @enum {string}
             */
            "review.decided"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "redemption.decided" reaches you
             * @enum {string}
             */
            "redemption.decided"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "contest.started" reaches you
             * @enum {string}
             */
            "contest.started"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "contest.won" reaches you
             * @enum {string}
             */
            "contest.won"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "policy.published" reaches you
             * @enum {string}
             */
            "policy.published"?: "off" | "instant" | "daily" | "weekly";
            /**
             * @description How "integration.disabled" reaches you
             * @enum {string}
             */
            "integration.disabled"?: "off" | "instant" | "daily" | "weekly";
        };
        UnsubscribeResponse: {
            /** @description The address the link belongs to */
            email: string;
            /** @description The kinds of notification that the link stops (or stopped) mailing */
            kinds: string[];
            /**
             * @description The digest the link stops, if it came from one
             * @enum {string|null}
             */
            digest: "daily" | "weekly" | null;
            /** @description True once they are off */
            unsubscribed: boolean;
        };
        SentMailResponse: {
            id: string;
            to: string;
            subject: string;
            /** @enum {string} */
            category: "notification" | "digest" | "invitation" | "password-reset";
            /** @description The notification kind, or the digest (daily, weekly) */
            kind: string | null;
            /**
             * @description kept: no SMTP server is set, so it was only stored here
             * @enum {string}
             */
            status: "queued" | "sent" | "kept" | "failed";
            locale: string;
            /** @description The plain-text part */
            text: string;
            /** @description The HTML part */
            html: string;
            headers: {
                [key: string]: string;
            };
            /** @description True when its one-time link is hidden: only its recipient may read it */
            hidden: boolean;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        SentMailListResponse: {
            items: components["schemas"]["SentMailResponse"][];
            /** @description Pass as `cursor` for the next (older) page; null on the last page */
            nextCursor: string | null;
            /** @description False when no SMTP server is set: every mail is kept here instead of sent */
            smtpConfigured: boolean;
        };
        PostVariantsResponse: {
            linkedin?: string;
            x?: string;
        };
        /** @enum {string} */
        PostStatus: "draft" | "published" | "archived";
        PostResponse: {
            id: string;
            title: string;
            url: string | null;
            description: string | null;
            suggestedCommentary: string;
            variants: components["schemas"]["PostVariantsResponse"];
            hashtags: string[];
            imageUrl: string | null;
            /** @description Empty: everyone */
            teamIds: string[];
            campaignId: string | null;
            status: components["schemas"]["PostStatus"];
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            featured: boolean;
            points: number | null;
            requireOwnCommentary: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PostVariantsDto: {
            linkedin?: string;
            /** @description At most 280 weighted characters */
            x?: string;
        };
        CreatePostDto: {
            /** @example We opened our Surabaya office */
            title: string;
            /** @example https://example.com/news/surabaya */
            url?: string;
            description?: string;
            /** @description What an employee starts from; they are encouraged to rewrite it. */
            suggestedCommentary: string;
            variants?: components["schemas"]["PostVariantsDto"];
            /**
             * @example [
             *       "#hiring",
             *       "Surabaya"
             *     ]
             */
            hashtags?: string[];
            imageUrl?: string;
            /** @description Empty or absent: everyone */
            teamIds?: string[];
            campaignId?: string;
            /** @example 2026-12-01T02:00:00Z */
            publishAt?: string;
            /** @example 2026-12-31T17:00:00Z */
            expiresAt?: string;
            featured?: boolean;
            points?: number;
            requireOwnCommentary?: boolean;
        };
        UpdatePostDto: {
            title?: string;
            /** @description null clears it */
            url?: string | null;
            /** @description null clears it */
            description?: string | null;
            suggestedCommentary?: string;
            variants?: components["schemas"]["PostVariantsDto"];
            /**
             * @example [
             *       "#hiring",
             *       "Surabaya"
             *     ]
             */
            hashtags?: string[];
            /** @description null clears it */
            imageUrl?: string | null;
            teamIds?: string[];
            /** @description null clears it */
            campaignId?: string | null;
            /** @description null clears it */
            publishAt?: string | null;
            /** @description null clears it */
            expiresAt?: string | null;
            featured?: boolean;
            /** @description null: the organisation’s rule applies */
            points?: number | null;
            requireOwnCommentary?: boolean;
        };
        LinkPreviewDto: {
            /** @example https://example.com/news */
            url: string;
        };
        LinkPreviewResponse: {
            /** @description The address the page was finally served from, after redirects. */
            url: string;
            title: string | null;
            description: string | null;
            imageUrl: string | null;
            siteName: string | null;
        };
        CreateCampaignDto: {
            name: string;
            /** @enum {string} */
            goal?: "pr" | "marketing" | "lead_generation" | "customer_service" | "recruiting" | "market_research" | "other";
            /**
             * @description What the target counts: impressions, clicks, leads and sign-ups, or applications
             * @enum {string}
             */
            objective?: "awareness" | "traffic" | "leads" | "hiring";
            /** @example 500 */
            target?: number;
            startsAt?: string;
            endsAt?: string;
            /** @example 1.5 */
            pointsMultiplier?: number;
        };
        MyShareRef: {
            id: string;
            /** @description A share status */
            status: string;
        };
        FeedPoints: {
            /** @description The post's points or the organisation's rule, times the running campaign's multiplier, rounded */
            published: number;
            /** @description Added when the text is in the sharer’s own words, times the same multiplier */
            ownWordsBonus: number;
            /** @description The campaign multiplier applied, as a whole percentage (100 = ×1) */
            multiplierPercent: number;
        };
        FeedItemResponse: {
            id: string;
            title: string;
            url: string | null;
            description: string | null;
            suggestedCommentary: string;
            variants: components["schemas"]["PostVariantsResponse"];
            hashtags: string[];
            imageUrl: string | null;
            campaignId: string | null;
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            featured: boolean;
            points: number | null;
            requireOwnCommentary: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The caller's own latest share of this post, if any. */
            myShare: components["schemas"]["MyShareRef"] | null;
            /** @description What a share published now would earn; null when points are not counted */
            pointsForSharing: components["schemas"]["FeedPoints"] | null;
            /** @description The caller already shared this post (a share scheduled, publishing or published); such posts come last */
            sharedByMe: boolean;
        };
        FeedResponse: {
            items: components["schemas"]["FeedItemResponse"][];
            nextCursor: string | null;
        };
        FeedCampaignRef: {
            id: string;
            name: string;
        };
        FeedHashtagCount: {
            /** @example #hiring */
            tag: string;
            /** @description How many posts of the feed carry it */
            posts: number;
        };
        FeedTopicsResponse: {
            campaigns: components["schemas"]["FeedCampaignRef"][];
            /** @description Most used first */
            hashtags: components["schemas"]["FeedHashtagCount"][];
        };
        /** @enum {string} */
        ShareStatus: "draft" | "in_review" | "approved" | "scheduled" | "publishing" | "published" | "failed" | "needs_reconnect" | "cancelled";
        SharePreview: {
            /** @example linkedin */
            network: string;
            /** @description Exactly the text that will be posted, disclosure included. */
            text: string;
            /** @description The link posted beside the text: the tracked link when the share has one */
            link: string | null;
            title: string | null;
            description: string | null;
            /** @description Counted as the network counts (X's weighting) */
            characters: number;
            limit: number;
        };
        /** @enum {string} */
        ShareWarningCode: "not_own_words" | "near_duplicate" | "disclosure_missing" | "too_long";
        ShareWarning: {
            code: components["schemas"]["ShareWarningCode"];
            /** @description The sentence's parameters; libs/messages' SHARE_WARNING_MESSAGES names the sentence of each code, which the web app translates */
            params: {
                [key: string]: string | number;
            };
            message: string;
        };
        ShareResponse: {
            id: string;
            postId: string;
            connectionId: string;
            /** @example linkedin */
            network: string;
            commentary: string;
            status: components["schemas"]["ShareStatus"];
            preview: components["schemas"]["SharePreview"];
            /** Format: date-time */
            approvedAt: string | null;
            approvedHash: string | null;
            reviewNote: string | null;
            /** Format: date-time */
            scheduledAt: string | null;
            /** @description Scheduled into a weekly slot rather than at a chosen time */
            slotted: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description The network's id of the published post (LinkedIn: its URN) */
            externalId: string | null;
            /** @description Where people see the published post on the network; null until published, and for the demo organisation’s sample history */
            postUrl: string | null;
            /**
             * Format: date-time
             * @description When a compliance reviewer last decided on it
             */
            reviewedAt: string | null;
            lastError: string | null;
            cancelledReason: string | null;
            warnings: components["schemas"]["ShareWarning"][];
            /** @description APP_URL/r/<code>: what is posted instead of the content's URL, so visits can be counted */
            trackedUrl: string | null;
            /** @description Where the tracked link sends visitors: the content URL with UTM parameters */
            destinationUrl: string | null;
            /** @description Visits of the tracked link by people (not bots or link previews), repeats within 30 minutes counted once */
            clicks: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateShareDto: {
            postId: string;
            /** @description One of your connected accounts (GET /connections) */
            connectionId: string;
            /** @description Your own words. The required disclosure is added for you. */
            commentary: string;
        };
        UpdateShareDto: {
            commentary: string;
        };
        ScheduleShareDto: {
            /**
             * @description A time in the future (UTC, ISO 8601)
             * @example 2026-12-01T02:00:00Z
             */
            at?: string;
            /**
             * @description Take the next free weekly slot instead of a time
             * @enum {string}
             */
            slot?: "next";
        };
        ShareOwner: {
            id: string;
            name: string;
        };
        /** @enum {string} */
        ComplianceCategory: "confidential" | "sara" | "political" | "profanity" | "custom";
        /** @enum {string} */
        ComplianceAction: "block" | "review";
        ComplianceVerdictMatch: {
            ruleId: string;
            category: components["schemas"]["ComplianceCategory"];
            action: components["schemas"]["ComplianceAction"];
            /** @description Distinct matched texts, in order of appearance */
            matched: string[];
            /**
             * @description The code of this rule's sentence
             * @example compliance.blockedBy
             */
            code: string;
            params: {
                [key: string]: string | number;
            };
            /** @description This rule's sentence, one of those `message` joins */
            message: string;
        };
        ReviewItemResponse: {
            id: string;
            postId: string;
            connectionId: string;
            /** @example linkedin */
            network: string;
            commentary: string;
            status: components["schemas"]["ShareStatus"];
            preview: components["schemas"]["SharePreview"];
            /** Format: date-time */
            approvedAt: string | null;
            approvedHash: string | null;
            reviewNote: string | null;
            /** Format: date-time */
            scheduledAt: string | null;
            /** @description Scheduled into a weekly slot rather than at a chosen time */
            slotted: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description The network's id of the published post (LinkedIn: its URN) */
            externalId: string | null;
            /** @description Where people see the published post on the network; null until published, and for the demo organisation’s sample history */
            postUrl: string | null;
            /**
             * Format: date-time
             * @description When a compliance reviewer last decided on it
             */
            reviewedAt: string | null;
            lastError: string | null;
            cancelledReason: string | null;
            warnings: components["schemas"]["ShareWarning"][];
            /** @description APP_URL/r/<code>: what is posted instead of the content's URL, so visits can be counted */
            trackedUrl: string | null;
            /** @description Where the tracked link sends visitors: the content URL with UTM parameters */
            destinationUrl: string | null;
            /** @description Visits of the tracked link by people (not bots or link previews), repeats within 30 minutes counted once */
            clicks: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            owner: components["schemas"]["ShareOwner"];
            /** @description The rules the text matches now, each with the words it matched, for the reviewer to see why it was held */
            matches: components["schemas"]["ComplianceVerdictMatch"][];
        };
        ReviewDecisionDto: {
            /** @description Why; required when rejecting */
            note?: string;
        };
        RejectReviewDto: {
            /** @description What the employee should change */
            note: string;
        };
        AuditEntryResponse: {
            id: string;
            shareId: string;
            actorId: string | null;
            /** @example approved */
            action: string;
            fromStatus: string | null;
            toStatus: string;
            detail: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        AuditPerson: {
            id: string;
            /** @description Empty when the person is no longer in the organisation */
            name: string;
        };
        AuditEventResponse: {
            id: string;
            /**
             * @description share: a transition of a share; admin: an admin or security action
             * @enum {string}
             */
            kind: "share" | "admin";
            /** @example approve */
            action: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Null when the system acted */
            actor: components["schemas"]["AuditPerson"] | null;
            shareId: string | null;
            /** @description Whose share it is, for share transitions */
            shareOwner: components["schemas"]["AuditPerson"] | null;
            /**
             * @description What the action was about: share, user, team, organization, policy, complianceRule, connection, apiKey, …
             * @example user
             */
            targetType: string;
            targetId: string | null;
            /** @description The person, when the target is a user */
            targetUser: components["schemas"]["AuditPerson"] | null;
            fromStatus: string | null;
            toStatus: string | null;
            detail: {
                [key: string]: unknown;
            } | null;
        };
        AuditEventsResponse: {
            entries: components["schemas"]["AuditEventResponse"][];
            /** @description Pass as cursor for the next (older) page; null at the end */
            nextCursor: string | null;
        };
        ComplianceMessage: {
            /** @example compliance.blockedBy */
            code: string;
            params: {
                [key: string]: string | number;
            };
            message: string;
        };
        ComplianceRuleResponse: {
            id: string;
            /** @description A word, a phrase, or /regex/flags */
            pattern: string;
            /**
             * @description One of confidential, sara, political, profanity, custom
             * @example confidential
             */
            category: string;
            /**
             * @description One of block, review
             * @example block
             */
            action: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Why the rule is not applied (it uses syntax the linear-time engine cannot run), or null */
            problem: string | null;
            /** @description `problem` with its code, for translation */
            problemMessage: components["schemas"]["ComplianceMessage"] | null;
        };
        CreateComplianceRuleDto: {
            /**
             * @description A word, a phrase, or /regex/flags (flags i, m, s, u; run on RE2, so no lookarounds, backreferences or possessive quantifiers)
             * @example internal only
             */
            pattern: string;
            /** @enum {string} */
            category: "confidential" | "sara" | "political" | "profanity" | "custom";
            /** @enum {string} */
            action: "block" | "review";
        };
        CheckComplianceDto: {
            /** @description The text as it would be posted (disclosure included); may be empty */
            text: string;
        };
        /** @enum {string} */
        ComplianceDecision: "pass" | "review" | "block";
        ComplianceVerdict: {
            decision: components["schemas"]["ComplianceDecision"];
            /** @description A sentence naming the rule and the matched words, for block and review; empty for pass. */
            message: string;
            matches: components["schemas"]["ComplianceVerdictMatch"][];
        };
        PolicyVersionSummary: {
            id: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** @description How many people acknowledged this version. */
            acknowledgements: number;
        };
        PolicyResponse: {
            id: string;
            version: number;
            /** @description Markdown */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Whether the caller has acknowledged this version. */
            acknowledged: boolean;
            /** Format: date-time */
            acknowledgedAt: string | null;
        };
        CreatePolicyDto: {
            /** @description The policy in Markdown */
            body: string;
        };
        /** @enum {string} */
        ConnectionStatus: "active" | "expired" | "needs_reconnect" | "revoked";
        ConnectionResponse: {
            id: string;
            /** @example linkedin */
            network: string;
            displayName: string;
            pictureUrl: string | null;
            status: components["schemas"]["ConnectionStatus"];
            /** Format: date-time */
            expiresAt: string;
            /** @description Shares that will go out from this account (scheduled, or being published) */
            scheduledShares: number;
            /** @description Approved shares waiting for this account to be reconnected; reconnecting the same member resumes them */
            waitingShares: number;
            /** Format: date-time */
            createdAt: string;
        };
        AuthorizationUrlResponse: {
            /** @description LinkedIn's consent page; send the browser there */
            url: string;
        };
        /** @enum {string} */
        DeploymentMode: "embedded" | "distributed";
        MetaResponse: {
            /** @description The demo organisation is seeded here: the sign-in page may show its users. */
            demo: boolean;
            /** @description Connections go to the bundled LinkedIn sandbox rather than LinkedIn. */
            linkedinSandbox: boolean;
            mode: components["schemas"]["DeploymentMode"];
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            mode: "embedded" | "distributed";
            /** @example sqlite */
            database: string;
            /** @example in-process */
            jobs: string;
        };
        LivenessResponse: {
            /** @enum {string} */
            status: "ok";
            uptimeSeconds: number;
        };
        ReadinessResponse: {
            /** @enum {string} */
            status: "error" | "ok" | "shutting_down";
            info?: {
                [key: string]: {
                    status?: string;
                } & {
                    [key: string]: unknown;
                };
            } | null;
            error?: {
                [key: string]: {
                    status?: string;
                } & {
                    [key: string]: unknown;
                };
            } | null;
            details: {
                [key: string]: {
                    status?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        /** @enum {string} */
        Period: "all" | "month" | "quarter";
        LeaderboardEntry: {
            rank: number;
            userId: string;
            name: string;
            points: number;
        };
        LeaderboardMe: {
            /** @description Null when the caller is not on this board: opted out, excluded, not a member, or no points in the period. */
            rank: number | null;
            /** @description The caller's own points in the period, shown even when they are not on the board. */
            points: number;
        };
        LeaderboardResponse: {
            period: components["schemas"]["Period"];
            /** @example 2026-04 */
            periodKey: string;
            teamId: string | null;
            /**
             * Format: date-time
             * @description The period's first instant in the organisation's timezone (null for all time).
             */
            startsAt: string | null;
            /** Format: date-time */
            endsAt: string | null;
            entries: components["schemas"]["LeaderboardEntry"][];
            me: components["schemas"]["LeaderboardMe"];
        };
        PointTotals: {
            all: number;
            month: number;
            quarter: number;
        };
        CurrentPeriodKeys: {
            /** @example 2026-04 */
            month: string;
            /** @example 2026-Q2 */
            quarter: string;
        };
        /** @enum {string} */
        PointEventKind: "share_published" | "own_commentary" | "click" | "engagement" | "contest_bonus" | "redemption" | "redemption_refund";
        PointEventResponse: {
            id: string;
            kind: components["schemas"]["PointEventKind"];
            /** @description In English, for lists; the kind and detail carry the same facts for a translated UI. */
            description: string;
            points: number;
            source: string;
            shareId: string | null;
            detail: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            occurredAt: string;
        };
        MyPointsResponse: {
            /** @description Spendable: everything earned, minus redemptions, plus refunds. */
            balance: number;
            /** @description Earned in each period (what leaderboards count). */
            totals: components["schemas"]["PointTotals"];
            periodKeys: components["schemas"]["CurrentPeriodKeys"];
            events: components["schemas"]["PointEventResponse"][];
        };
        BadgeResponse: {
            code: string;
            name: string;
            description: string;
            /**
             * Format: date-time
             * @description Null while not earned yet.
             */
            awardedAt: string | null;
        };
        PointsRulesResponse: {
            /** @description A published share, unless its post sets its own points. */
            sharePublished: number;
            /** @description Added when the commentary is the employee's own words. */
            ownCommentaryBonus: number;
            perClick: number;
            clickDailyCapPerShare: number;
            perEngagement: number;
            engagementDailyCapPerShare: number;
            /** @description Bonus for first, second, third… place when a contest prize names no points. */
            contestPrizePoints: number[];
            /**
             * Format: date-time
             * @description Null while the organisation uses the defaults.
             */
            updatedAt: string | null;
        };
        UpdatePointsRulesDto: {
            /** @description Points for a published share (a post’s own points win) */
            sharePublished?: number;
            /** @description Bonus when the commentary is the employee’s own words */
            ownCommentaryBonus?: number;
            perClick?: number;
            clickDailyCapPerShare?: number;
            perEngagement?: number;
            engagementDailyCapPerShare?: number;
            /**
             * @description Bonus for first, second, third… place when a contest’s prize names none
             * @example [
             *       100,
             *       50,
             *       25
             *     ]
             */
            contestPrizePoints?: number[];
        };
        /** @enum {string} */
        ContestScope: "organization" | "team";
        ContestPrizeResponse: {
            /** @description 1 = first place */
            rank: number;
            title: string;
            points: number;
        };
        /** @enum {string} */
        ContestStatus: "open" | "closed";
        ContestWinnerResponse: {
            rank: number;
            userId: string;
            name: string;
            points: number;
            prize: string;
            bonusPoints: number;
        };
        ContestResultsResponse: {
            /** @description People with points in the contest and in its scope, who appear on leaderboards. */
            participants: number;
            /** @description Of those, the ones who reached the minimum. */
            qualified: number;
            winners: components["schemas"]["ContestWinnerResponse"][];
        };
        ContestStandings: {
            entries: components["schemas"]["LeaderboardEntry"][];
            me: components["schemas"]["LeaderboardMe"];
        };
        ContestResponse: {
            id: string;
            name: string;
            description: string | null;
            /** @example 2026-04-01 */
            startsOn: string;
            /** @example 2026-04-30 */
            endsOn: string;
            timezone: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            scope: components["schemas"]["ContestScope"];
            teamId: string | null;
            minPoints: number;
            prizes: components["schemas"]["ContestPrizeResponse"][];
            status: components["schemas"]["ContestStatus"];
            /** Format: date-time */
            closedAt: string | null;
            /** @description After closing: winners and counts, computed once. */
            results: components["schemas"]["ContestResultsResponse"] | null;
            /** @description While open (on GET /contests/:id): the live standings. */
            standings?: components["schemas"]["ContestStandings"];
        };
        ContestPrizeDto: {
            /** @example Lunch with the CEO */
            title: string;
            /** @description Bonus points; the organisation’s rule for this place when absent */
            points?: number;
        };
        CreateContestDto: {
            /** @example Sharer of the month */
            name: string;
            description?: string;
            /**
             * @description First day, in the organisation’s timezone
             * @example 2026-04-01
             */
            startsOn: string;
            /**
             * @description Last day (inclusive), in the organisation’s timezone
             * @example 2026-04-30
             */
            endsOn: string;
            /**
             * @default organization
             * @enum {string}
             */
            scope?: "organization" | "team";
            /** @description Required when scope is team */
            teamId?: string;
            /**
             * @description Points a participant needs to qualify
             * @default 0
             */
            minPoints?: number;
            /** @description First place first */
            prizes?: components["schemas"]["ContestPrizeDto"][];
        };
        RewardResponse: {
            id: string;
            name: string;
            description: string | null;
            cost: number;
            /** @description Null = unlimited. */
            stock: number | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateRewardDto: {
            /** @example Company t-shirt */
            name: string;
            description?: string | null;
            /** @example 150 */
            cost: number;
            /** @description Units available; null or absent = unlimited */
            stock?: number | null;
            /** @default true */
            active?: boolean;
        };
        UpdateRewardDto: {
            name?: string;
            description?: string | null;
            cost?: number;
            /** @description Units available now; null = unlimited */
            stock?: number | null;
            active?: boolean;
        };
        /** @enum {string} */
        RedemptionStatus: "pending" | "fulfilled" | "rejected";
        RedemptionUser: {
            id: string;
            name: string;
        };
        RedemptionResponse: {
            id: string;
            rewardId: string;
            rewardName: string;
            cost: number;
            status: components["schemas"]["RedemptionStatus"];
            note: string | null;
            /** @description Given in the admin list */
            user: components["schemas"]["RedemptionUser"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        ApproveRedemptionDto: {
            /** @description E.g. how and when the reward is handed over */
            note?: string;
        };
        RejectRedemptionDto: {
            /** @description Why, for the employee; their points are refunded */
            note: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            /** @description Signed in; the session cookies are set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponse"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description New tokens (and cookies); the old refresh token is spent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Signed out; the cookies are cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_checkInvite: {
        parameters: {
            query: {
                /** @description The token from the invitation link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whom the link is for; 400 invite.invalid (unknown or used), invite.expired or account.inactive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponse"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInviteDto"];
            };
        };
        responses: {
            /** @description Password set and signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponse"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description The same answer whether or not the address has an account; if it has, a single-use link is mailed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgotPasswordResponse"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Password changed; the link is spent and every sign-in of the account has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_listNotifications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description true: only unread notifications */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read (a notification already read keeps its first read time) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Invited; the invite link is shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportUsersDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Nothing was imported; every problem is named by row and field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportFailedResponse"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's users as CSV, formulas neutralised */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    UsersController_reinvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new invite link; earlier ones stop working */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_mine: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My own figures, by day in the organisation’s timezone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAnalyticsResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_shareEngagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My published share’s latest engagement read and its tracked-link clicks; another person’s share is not found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareEngagementResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_summary: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
                /** @description Only shares by this team's members */
                teamId?: string;
                /** @description Only shares of this campaign's posts */
                campaignId?: string;
                /** @description Only shares of this post */
                postId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_timeseries: {
        parameters: {
            query: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
                /** @description Only shares by this team's members */
                teamId?: string;
                /** @description Only shares of this campaign's posts */
                campaignId?: string;
                /** @description Only shares of this post */
                postId?: string;
                metric: "shares" | "sharers" | "clicks" | "impressions" | "reactions" | "comments" | "reshares" | "conversions" | "emv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeseriesResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_campaignProgress: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Campaigns with an objective and a target, and how much of it was reached */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignProgressResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_campaignReport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
                /** @description How many top posts and top advocates */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A campaign’s figures over its days (or the range given), its progress, and its top posts and advocates; another organisation’s campaign is not found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignReportResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_topContent: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
                /** @description Only shares by this team's members */
                teamId?: string;
                /** @description Only shares of this campaign's posts */
                campaignId?: string;
                /** @description Only shares of this post */
                postId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopContentItem"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_topAdvocates: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
                /** @description Only shares by this team's members */
                teamId?: string;
                /** @description Only shares of this campaign's posts */
                campaignId?: string;
                /** @description Only shares of this post */
                postId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People who opted out of leaderboards are not listed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopAdvocateItem"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_export: {
        parameters: {
            query: {
                /** @description First day, in the organisation's timezone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, included (default: today) */
                to?: string;
                /** @description Only shares by this team's members */
                teamId?: string;
                /** @description Only shares of this campaign's posts */
                campaignId?: string;
                /** @description Only shares of this post */
                postId?: string;
                table: "shares" | "posts" | "advocates";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per share, post or advocate with its figures; formulas neutralised */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates earned media value is computed with */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSettingsResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnalyticsSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSettingsResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The secret is in this answer only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: the site can no longer report with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AnalyticsController_report: {
        parameters: {
            query?: never;
            header: {
                /** @description A key an admin made under API keys */
                "X-Api-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportConversionDto"];
            };
        };
        responses: {
            /** @description Already recorded under this idempotencyKey; nothing new counted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChatIntegrationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatWebhookResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChatIntegrationsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service: components["schemas"]["ChatService"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutChatWebhookDto"];
            };
        };
        responses: {
            /** @description The webhook as set (a disabled one becomes active again) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatWebhookResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ChatIntegrationsController_remove: {
        parameters: {
            query?: {
                /** @description The team whose webhook to remove; without it, the organisation's */
                teamId?: string;
            };
            header?: never;
            path: {
                service: components["schemas"]["ChatService"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MailController_getPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MailController_updatePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Only the kinds to change: {"share.published": "instant", "weeklyDigestDay": 5} */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MailController_describeUnsubscribe: {
        parameters: {
            query: {
                /** @description The token of the link in the mail */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the link would stop; nothing changes (mail scanners open links) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MailController_unsubscribe: {
        parameters: {
            query: {
                /** @description The token of the link in the mail */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped; the person can turn it on again in their settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MailController_listSentMail: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. Without SMTP_URL every mail is kept here instead of sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentMailListResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MailController_getSentMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentMailResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_list: {
        parameters: {
            query?: {
                status?: "draft" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePostDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePostDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkPreviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPreviewResponse"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_listCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PostsController_createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_getFeed: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Words that must each appear in the title, description or suggested text (any case) */
                q?: string;
                /** @description Only the posts of this campaign */
                campaignId?: string;
                /** @description Only the posts with this hashtag, with or without its # */
                hashtag?: string;
                /** @description true: leave out the posts I already shared */
                hideShared?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_getFeedTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedTopicsResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_getFeedItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedItemResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_list: {
        parameters: {
            query?: {
                status?: "draft" | "in_review" | "approved" | "scheduled" | "publishing" | "published" | "failed" | "needs_reconnect" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShareDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Approved, or in review when a rule or the organisation asks for a reviewer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleShareDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_reviewQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewItemResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_approveReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shareId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_rejectReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shareId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_auditLog: {
        parameters: {
            query?: {
                shareId?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SharesController_auditEvents: {
        parameters: {
            query?: {
                /** @description Only this share's history */
                shareId?: string;
                /** @description Only what this person did, and what happened to them or their shares */
                userId?: string;
                /** @description A share action (approve, publish_succeeded, …) or an admin action (policy.published, …) */
                action?: string;
                /** @description From this instant on */
                from?: string;
                /** @description Before this instant */
                to?: string;
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventsResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_listRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRuleResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_createRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComplianceRuleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceRuleResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_deleteRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckComplianceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceVerdict"];
                };
            };
            /** @description Over this route's limits; nothing was done. Wait as long as Retry-After says. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_policyHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersionSummary"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_publishPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePolicyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_currentPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ComplianceController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConnectionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConnectionsController_authorize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationUrlResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConnectionsController_callback: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the web app's Connections page: `?connected=linkedin`, or `?notConnected=<message code>` (and `detail=` for LinkedIn's own reason) when nothing was connected */
            302: {
                headers: {
                    /** @description The Connections page */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConnectionsController_disconnect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MetaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetaResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_leaderboard: {
        parameters: {
            query?: {
                period?: "all" | "month" | "quarter";
                /** @description A team’s board instead of the organisation’s */
                teamId?: string;
                limit?: number;
                /** @description An earlier month (2026-04) or quarter (2026-Q2); the current one by default */
                periodKey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_myPoints: {
        parameters: {
            query?: {
                /** @description How many recent point events */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPointsResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_myBadges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every badge, earned or not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgeResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_getRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsRulesResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_updateRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePointsRulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsRulesResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_listContests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_createContest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    GamificationController_getContest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With live standings while open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRewardDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRewardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Points and a unit of stock reserved; pending until an admin decides */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_listForAdmin: {
        parameters: {
            query?: {
                status?: "pending" | "fulfilled" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionResponse"][];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRedemptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RewardsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRedemptionDto"];
            };
        };
        responses: {
            /** @description Rejected; the points are refunded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionResponse"];
                };
            };
            /** @description The request was refused: bad input, not signed in, not allowed, not found, or a conflict. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The server failed; the answer carries an errorId. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
