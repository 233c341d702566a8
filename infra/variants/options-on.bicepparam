// CI variant: every option on (VNet with private endpoints, NAT gateway, deployer data roles, retention, alerts).
using '../main.bicep'

param environmentName = 'ci-on'
param location = 'westeurope'
param principalId = '00000000-0000-0000-0000-000000000001'
param deployerDataRoles = true
param powerSchoolSisBaseUrl = 'https://district.example.org'
param powerSchoolEnrollmentBaseUrl = 'https://enrollment.example.org'
param syncDeliveryTargets = '123,456'
param syncDocumentItems = 'data.documents.birthCertificate'
param keyVaultPurgeProtection = false
param blobRetentionDays = 2555
param alertEmail = 'sis-admin@district.example.org'
param logAnalyticsDailyCapGb = 0
param vnetEnabled = true
param natGatewayEnabled = true
param consoleClientId = '00000000-0000-0000-0000-00000000c0de'
